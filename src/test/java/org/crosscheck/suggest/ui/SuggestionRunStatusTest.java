package org.crosscheck.suggest.ui;

import org.crosscheck.suggest.SuggestionRunDetails;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Suggestions page says of a run still going: queued, reading articles, or comparing them. */
class SuggestionRunStatusTest {

    private static SuggestionRunDetails running(int total, int done) {
        return new SuggestionRunDetails(1, 2, "RUNNING", total, done, 0, Instant.EPOCH, null, null);
    }

    @Test
    void aRunThatHasNotReadAnArticleWaitsItsTurn() {
        assertThat(SuggestionsView.runStatus(running(1000, 0)))
                .isEqualTo("Waiting for other computations to finish… 0 of 1,000 articles");
    }

    @Test
    void aRunReadingArticlesSaysHowMany() {
        assertThat(SuggestionsView.runStatus(running(1000, 250))).isEqualTo("Computing… 250 of 1,000 articles");
    }

    @Test
    void aRunThatReadEveryArticleIsComparingThem() {
        assertThat(SuggestionsView.runStatus(running(1000, 1000))).isEqualTo("Comparing the 1,000 articles with each other…");
    }
}
