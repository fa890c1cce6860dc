package org.crosscheck.base;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

    @Test
    void wordsAreCleanedAndWildcardsEscapedForTheDatabase() {
        SearchQuery query = new SearchQuery("  100%\tof_the \\ \u0007Police ");
        assertThat(query.text()).isEqualTo("100% of_the \\ Police");
        assertThat(query.likePattern()).isEqualTo("%100\\%%of\\_the%\\\\%police%");
    }

    @Test
    void matchesWithoutRegardToCaseAcrossAnyWhiteSpace() {
        Matcher matcher = new SearchQuery("ÉTAT d'urgence").matcher("L'état\nd'urgence, l'ÉTAT  D'URGENCE");
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.start()).isEqualTo(2);
        assertThat(matcher.group()).isEqualTo("état\nd'urgence");
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group()).isEqualTo("ÉTAT  D'URGENCE");
        assertThat(new SearchQuery("a.c").matcher("abc").find()).as("a dot is a dot").isFalse();
    }

    @Test
    void tooShortOrTooLongIsRefused() {
        assertThatThrownBy(() -> new SearchQuery(null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new SearchQuery(" x ")).isInstanceOf(DomainException.class);
        assertThat(new SearchQuery("🇰🇿").text()).isEqualTo("🇰🇿");
        assertThatThrownBy(() -> new SearchQuery("x".repeat(201))).isInstanceOf(DomainException.class);
    }
}
