package org.crosscheck.suggest.engine;

import org.crosscheck.review.ContradictionCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine runs whatever detectors it is given, and by default every registered one. */
class DetectorsTest {

    private static final List<EngineArticle> TWO = List.of(
            new EngineArticle(1, "Wire", "\"We will rebuild,\" Anton Bresk said. At least 40 people were killed."),
            new EngineArticle(2, "Regional", "\"We will rebuild,\" Anton Brezk said. Almost 30 people were killed."));

    @Test
    void aNewDetectorIsOneClassTheEngineRunsWithoutNamingIt() {
        ContradictionDetector everyPairOfArticles = (articles, findings) -> List.of(new FoundContradiction(
                ContradictionCategory.FACTUAL_CONFLICT,
                articles.stream().map(a -> new SpanAt(a.id(), 0, 1, a.text().substring(0, 1))).toList(), "test", 0.5));
        ProjectFindings found = new SuggestionEngine(List.of(new QuoteFinder()), List.of(everyPairOfArticles))
                .analyseProject(TWO);
        assertThat(found.contradictions()).extracting(FoundContradiction::category)
                .containsExactly(ContradictionCategory.FACTUAL_CONFLICT);
        assertThat(found.articles()).allSatisfy(a -> {
            assertThat(a.quotes()).hasSize(1);
            assertThat(a.figures()).as("no figure detector was given").isEmpty();
        });
    }

    @Test
    void theDefaultEngineRunsEveryRegisteredDetector() {
        ProjectFindings found = new SuggestionEngine().analyseProject(TWO);
        assertThat(found.articles()).allSatisfy(a -> assertThat(a.figures()).hasSize(1));
        assertThat(found.contradictions()).extracting(FoundContradiction::category)
                .contains(ContradictionCategory.FIGURE_MISMATCH, ContradictionCategory.NAME_SPELLING);
        assertThat(Detectors.IN_ARTICLES).hasSize(2);
        assertThat(Detectors.ACROSS_ARTICLES).hasSize(3);
    }
}
