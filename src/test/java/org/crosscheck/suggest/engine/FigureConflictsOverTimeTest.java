package org.crosscheck.suggest.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 26, item 4: a count that changed between publications is proposed as such, not as a conflict. */
class FigureConflictsOverTimeTest {

    private static List<FoundContradiction> figureProposals(EngineArticle... articles) {
        return new SuggestionEngine().analyseProject(List.of(articles)).contradictions().stream()
                .filter(c -> c.category() == org.crosscheck.review.ContradictionCategory.FIGURE_MISMATCH).toList();
    }

    @Test
    void aTollOfTheDayBeforeIsAnUpdateAndTwoTollsOfOneMorningConflict() {
        EngineArticle monday = EngineArticle.of(1, "Wire", "Officials said 26 people were killed in the flood on Monday.",
                Instant.parse("2025-10-05T18:00:00Z"), null);
        EngineArticle tuesday = EngineArticle.of(2, "Paper", "Officials said 69 people were killed in the flood.",
                Instant.parse("2025-10-07T08:00:00Z"), null);
        EngineArticle sameMorning = EngineArticle.of(3, "Radio", "Rescuers said 72 people were killed in the flood.",
                null, LocalDate.of(2025, 10, 7));
        List<FoundContradiction> proposals = figureProposals(monday, tuesday, sameMorning);
        assertThat(proposals).hasSize(2);
        FoundContradiction conflict = proposals.stream().filter(c -> !c.explanation().startsWith("Changed")).findFirst().orElseThrow();
        assertThat(conflict.spans()).extracting(SpanAt::articleId).containsExactly(2L, 3L);
        FoundContradiction changed = proposals.stream().filter(c -> c.explanation().startsWith("Changed over time")).findFirst()
                .orElseThrow();
        assertThat(changed.spans()).extracting(SpanAt::articleId).as("in the order of publication, a day-only article at its noon")
                .containsExactly(1L, 2L, 3L);
        assertThat(changed.explanation()).contains("Wire (5 Oct 18:00 UTC): 26", "Radio (7 Oct)", "need not be wrong");
    }

    @Test
    void aDayIsTheOutletsOwnAndMomentsHoursApartAreTheSameTime() {
        // "6 Oct" in Manila may be 5 Oct 20:00 UTC: the wire's 5 Oct 22:00 report is not certainly earlier.
        List<FoundContradiction> proposals = figureProposals(
                EngineArticle.of(1, "Wire", "Officials said 26 people were killed in the flood.", Instant.parse("2025-10-05T22:00:00Z"), null),
                EngineArticle.of(2, "Manila", "Officials said 40 people were killed in the flood.", null, LocalDate.of(2025, 10, 6)),
                EngineArticle.of(3, "Radio", "Officials said 31 people were killed in the flood.", Instant.parse("2025-10-06T00:30:00Z"), null));
        assertThat(proposals).singleElement().satisfies(c -> assertThat(c.explanation()).startsWith("Deaths:"));
    }

    @Test
    void withoutPublicationTimesDisagreeingTollsAreOneConflict() {
        List<FoundContradiction> proposals = figureProposals(
                new EngineArticle(1, "Wire", "Officials said 26 people were killed in the flood on Monday."),
                new EngineArticle(2, "Paper", "Officials said 69 people were killed in the flood."));
        assertThat(proposals).singleElement().satisfies(c -> {
            assertThat(c.explanation()).startsWith("Deaths:");
            assertThat(c.spans()).hasSize(2);
        });
    }
}
