package org.crosscheck.suggest;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/** With suggestions on import (the default outside tests), an import's suggestions are there soon after it commits. */
@DatabaseTest
class SuggestionsOnImportTest {

    @Autowired TestData data;
    @Autowired SuggestionService suggestions;
    @Autowired SuggestionRunner runner;

    @Test
    void importedArticlesGetTheirSuggestionsInTheBackground() throws InterruptedException {
        TestData.Team team = data.team();
        runner.runAfterImports(true);
        try {
            data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        } finally {
            runner.runAfterImports(false);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Optional<SuggestionRunDetails> run = Optional.empty();
        while (Instant.now().isBefore(deadline)) {
            run = as(team.reviewer(), () -> suggestions.latestRun(team.projectId()));
            if (run.isPresent() && !run.get().running()) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(run).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo("DONE"));
        assertThat(as(team.reviewer(), () -> suggestions.count(team.projectId(), SuggestionFilter.pending())))
                .isEqualTo(run.get().proposed()).isPositive();
    }
}
