package org.crosscheck.annotation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FigureGuessTest {

    @Test
    void readsValueAndQualifier() {
        assertThat(FigureGuess.of("More than 1,000 people")).contains(new FigureGuess(new BigDecimal("1000"), FigureQualifier.MORE_THAN));
        assertThat(FigureGuess.of("almost 1,000 people")).contains(new FigureGuess(new BigDecimal("1000"), FigureQualifier.ALMOST));
        assertThat(FigureGuess.of("around 1,000 people")).contains(new FigureGuess(new BigDecimal("1000"), FigureQualifier.ABOUT));
        assertThat(FigureGuess.of("at least 164 people")).contains(new FigureGuess(new BigDecimal("164"), FigureQualifier.AT_LEAST));
        assertThat(FigureGuess.of("12 police officers")).contains(new FigureGuess(new BigDecimal("12"), FigureQualifier.NONE));
        assertThat(FigureGuess.of("dozens of protesters")).isEmpty();
    }
}
