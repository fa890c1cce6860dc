package org.crosscheck.suggest.engine;

import org.crosscheck.review.ContradictionCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first factual-conflict detector (issue 26, item 4): measured, not yet registered. */
class FactualConflictsTest {

    private static List<FoundContradiction> find(String a, String b) {
        List<EngineArticle> articles = List.of(new EngineArticle(1, "Police", a), new EngineArticle(2, "Paper", b));
        return new FactualConflicts().find(articles, List.of());
    }

    @Test
    void aStatementOneArticleDeniesIsProposedWithBothSentences() {
        List<FoundContradiction> found = find(
                "The directorate said no rubber bullets or firearms were used during the protest at the gate.",
                "Witnesses said the police fired rubber bullets at the protest before the gate was closed.");
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(ContradictionCategory.FACTUAL_CONFLICT);
            assertThat(c.spans()).extracting(SpanAt::articleId).containsExactly(1L, 2L);
            assertThat(c.spans().getFirst().exact()).startsWith("The directorate said no rubber bullets");
            assertThat(c.explanation()).contains("denies it");
        });
    }

    @Test
    void namesAreNotWhatIsDeniedAndAgreementIsNoConflict() {
        // "could not find an equaliser as Jurgen Klopp's side…": a name near a negation is not a denial of it.
        assertThat(find("Liverpool could not find an equaliser as Jurgen Klopp's side lost the final in Paris.",
                "Jurgen Klopp's side lost the final in Paris after a late goal.")).isEmpty();
        assertThat(find("Tests of the tap water came back negative on Tuesday, the health office said.",
                "The health office said tests of the tap water came back negative.")).isEmpty();
    }

    @Test
    void aVerdictAfterTheSubjectDeniesIt() {
        assertThat(find("Samples of the tap water in the estate came back negative, the authority said.",
                "Legionella bacteria were found in the tap water of the estate, the regional paper reported."))
                .singleElement().extracting(FoundContradiction::category).isEqualTo(ContradictionCategory.FACTUAL_CONFLICT);
    }
}
