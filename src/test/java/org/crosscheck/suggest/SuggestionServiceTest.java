package org.crosscheck.suggest;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.base.AlreadyDecidedException;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ReviewEvents.ContradictionCreated;
import org.crosscheck.suggest.SuggestionEvents.SuggestionAccepted;
import org.crosscheck.suggest.SuggestionEvents.SuggestionRejected;
import org.crosscheck.suggest.SuggestionEvents.SuggestionsComputed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crosscheck.TestData.as;

@DatabaseTest
@RecordApplicationEvents
class SuggestionServiceTest {

    @Autowired TestData data;
    @Autowired SuggestionService suggestions;
    @Autowired SuggestionRunner runner;
    @Autowired AnnotationService annotations;
    @Autowired ContradictionService contradictions;
    @Autowired ApplicationEvents events;

    TestData.Team team;
    long arabNews;
    long unNews;

    @BeforeEach
    void setUp() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    private List<SuggestionDetails> pending(SuggestionKind kind) {
        return as(team.reviewer(), () -> suggestions.page(team.projectId(),
                new SuggestionFilter(kind, SuggestionStatus.PENDING, null), PageRequest.of(0, 500)));
    }

    /**
     * An article trimmed (or deleted) while a run computed its findings gets nothing from that run,
     * and no contradiction with a side in it: its offsets are of a text that is gone. The others' are
     * stored.
     */
    @Test
    void findingsOfATextChangedDuringTheRunAreNotStored() {
        org.crosscheck.suggest.engine.ProjectFindings found = new org.crosscheck.suggest.engine.SuggestionEngine()
                .analyseProject(java.util.List.of(
                        new org.crosscheck.suggest.engine.EngineArticle(arabNews, "Arab News",
                                as(team.reviewer(), () -> data.text(arabNews))),
                        new org.crosscheck.suggest.engine.EngineArticle(unNews, "UN News",
                                as(team.reviewer(), () -> data.text(unNews)))));
        SuggestionRunDetails run = as(team.reviewer(), () -> suggestions.startRun(team.projectId()).run());
        as(team.reviewer(), () -> suggestions.store(run.id(), found,
                java.util.Map.of(arabNews, "the hash of a text trimmed since", unNews,
                        as(team.reviewer(), () -> data.contentHash(unNews)))));
        List<SuggestionDetails> quotes = pending(SuggestionKind.QUOTE);
        assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(q.articleId()).isEqualTo(unNews));
        assertThat(pending(SuggestionKind.FIGURE)).isNotEmpty().allSatisfy(f -> assertThat(f.articleId()).isEqualTo(unNews));
        assertThat(pending(SuggestionKind.CONTRADICTION)).isEmpty();
    }

    @Test
    void aRunProposesQuotesFiguresAndContradictionsAsOneChange() {
        SuggestionRunDetails run = as(team.reviewer(), () -> runner.runNow(team.projectId()));
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.articlesDone()).isEqualTo(2);
        assertThat(pending(SuggestionKind.QUOTE)).extracting(s -> s.span().exact())
                .contains("It’s important that there be a stop to the violence", "very closely");
        SuggestionDetails injured = pending(SuggestionKind.FIGURE).stream()
                .filter(s -> s.span().exact().equals("almost 1,000")).findFirst().orElseThrow();
        assertThat(injured.figure().counted()).isEqualTo("people injured");
        assertThat(pending(SuggestionKind.CONTRADICTION)).anySatisfy(c -> {
            assertThat(c.category()).isEqualTo(ContradictionCategory.FIGURE_MISMATCH);
            assertThat(c.explanation()).contains("Arab News Outlet: more than 1,000 people injured")
                    .contains("UN News Outlet: almost 1,000 people injured");
            assertThat(c.sides()).extracting(SuggestionDetails.Side::articleId).containsExactly(arabNews, unNews);
        });
        assertThat(events.stream(SuggestionsComputed.class)).singleElement()
                .satisfies(e -> assertThat(e.articleIds()).containsExactlyInAnyOrder(arabNews, unNews));
    }

    @Test
    void acceptingAQuoteMakesASuggestedAnnotationWithTheProposedOrEditedSpeaker() {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails quote = pending(SuggestionKind.QUOTE).stream()
                .filter(s -> s.span().exact().startsWith("It’s important")).findFirst().orElseThrow();
        assertThat(quote.speaker()).isEqualTo("Stephane Dujarric");
        SuggestionService.AcceptedSuggestion accepted = as(team.reviewer(), () -> suggestions.accept(quote.id(), null));
        assertThat(accepted.annotation().kind()).isEqualTo(AnnotationKind.QUOTE);
        assertThat(accepted.annotation().fields().speaker()).isEqualTo("Stephane Dujarric");
        assertThat(accepted.annotation().origin()).isEqualTo("SUGGESTED");
        assertThat(accepted.annotation().span().exact()).isEqualTo(quote.span().exact());
        assertThat(events.stream(AnnotationCreated.class)).hasSize(1);
        assertThat(events.stream(SuggestionAccepted.class)).singleElement().satisfies(e -> {
            assertThat(e.before().status()).isEqualTo(SuggestionStatus.PENDING);
            assertThat(e.after().status()).isEqualTo(SuggestionStatus.ACCEPTED);
            assertThat(e.annotationId()).isEqualTo(accepted.annotation().id());
        });

        SuggestionDetails other = pending(SuggestionKind.QUOTE).stream()
                .filter(s -> s.span().exact().equals("very closely")).findFirst().orElseThrow();
        SuggestionService.AcceptedSuggestion edited = as(team.reviewer(), () -> suggestions.accept(other.id(),
                new SuggestionEdits("Stéphane Dujarric", null, null, null, null, null, null)));
        assertThat(edited.annotation().fields().speaker()).isEqualTo("Stéphane Dujarric");
        assertThatThrownBy(() -> as(team.lead(), () -> suggestions.accept(quote.id(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("already accepted");
    }

    private java.util.Map<Long, SuggestionStatus> statuses() {
        return as(team.reviewer(), () -> suggestions.page(team.projectId(), new SuggestionFilter(null, null, null),
                PageRequest.of(0, 500))).stream().collect(java.util.stream.Collectors.toMap(SuggestionDetails::id,
                SuggestionDetails::status));
    }

    @Test
    void aDecisionOnTheVersionShownIsRefusedWithWhoDecidedAndWhenOnceSomeoneElseDecidedIt() {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails shown = pending(SuggestionKind.QUOTE).getFirst();
        java.util.Map<Long, SuggestionStatus> before = statuses();
        long annotationsBefore = as(team.reviewer(), () -> annotations.forArticle(shown.articleId())).size();

        // Both reviewers see version v; the lead accepts it.
        as(team.lead(), () -> suggestions.accept(shown.id(), shown.version(), null));

        // The reviewer's Reject and Accept, on the version she saw, decide nothing and say who decided.
        AlreadyDecidedException rejected = catchThrowableOfType(AlreadyDecidedException.class,
                () -> as(team.reviewer(), () -> suggestions.reject(shown.id(), shown.version())));
        assertThat(rejected.decidedBy()).isEqualTo("\u2068lead Tester\u2069");
        assertThat(rejected.decision()).isEqualTo("accepted");
        assertThat(rejected.told()).matches("\u2068lead Tester\u2069 accepted this \\d+ s ago\\.");
        assertThat(rejected).hasMessage("\u2068lead Tester\u2069 already accepted this suggestion.");
        assertThatThrownBy(() -> as(team.reviewer(), () -> suggestions.accept(shown.id(), shown.version(),
                new SuggestionEdits("Someone else", null, null, null, null, null, null))))
                .isInstanceOf(AlreadyDecidedException.class);

        java.util.Map<Long, SuggestionStatus> after = statuses();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((id, status) -> assertThat(status).as("suggestion " + id)
                .isEqualTo(id == shown.id() ? SuggestionStatus.ACCEPTED : SuggestionStatus.PENDING));
        assertThat(as(team.reviewer(), () -> annotations.forArticle(shown.articleId()))).hasSize((int) annotationsBefore + 1)
                .allSatisfy(a -> assertThat(a.fields().speaker()).isNotEqualTo("Someone else"));
        assertThat(events.stream(SuggestionRejected.class)).isEmpty();
        assertThat(events.stream(SuggestionAccepted.class)).hasSize(1);

        // Its own decider hears it as "You"; a reader sees the same sentence beside the suggestion.
        assertThat(catchThrowableOfType(AlreadyDecidedException.class,
                () -> as(team.lead(), () -> suggestions.reject(shown.id(), shown.version()))).told())
                .matches("You accepted this \\d+ s ago\\.");
        SuggestionDetails now = as(team.reviewer(), () -> suggestions.get(shown.id()));
        assertThat(now.version()).isGreaterThan(shown.version());
        assertThat(as(team.reviewer(), () -> suggestions.decision(now))).hasValueSatisfying(told ->
                assertThat(told).matches("\u2068lead Tester\u2069 accepted this \\d+ s ago\\."));
        assertThat(as(team.reviewer(), () -> suggestions.decision(pending(SuggestionKind.QUOTE).getFirst()))).isEmpty();
    }

    @Test
    void aDecisionOnAVersionNeverShownIsRefusedAndDecidesNothing() {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails shown = pending(SuggestionKind.FIGURE).getFirst();
        assertThatThrownBy(() -> as(team.reviewer(), () -> suggestions.reject(shown.id(), shown.version() + 1)))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("changed since it was shown to you");
        assertThatThrownBy(() -> as(team.reviewer(), () -> suggestions.accept(shown.id(), shown.version() + 1, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as(team.reviewer(), () -> suggestions.get(shown.id()))).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SuggestionStatus.PENDING);
            assertThat(s.version()).isEqualTo(shown.version());
        });
        assertThat(events.stream(SuggestionRejected.class)).isEmpty();
        assertThat(as(team.reviewer(), () -> suggestions.reject(shown.id(), shown.version())).status())
                .isEqualTo(SuggestionStatus.REJECTED);
    }

    @Test
    void twoReviewersDecidingTheSameSuggestionAtOnceAreServedOneAfterTheOther() throws Exception {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails shown = pending(SuggestionKind.QUOTE).getFirst();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var accept = pool.submit(() -> {
                go.await();
                return as(team.lead(), () -> suggestions.accept(shown.id(), shown.version(), null)).suggestion().status();
            });
            var reject = pool.submit(() -> {
                go.await();
                return as(team.reviewer(), () -> suggestions.reject(shown.id(), shown.version())).status();
            });
            go.countDown();
            List<Object> outcomes = new java.util.ArrayList<>();
            for (var f : List.of(accept, reject)) {
                try {
                    outcomes.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            // Exactly one decision holds; the other is told who made it.
            assertThat(outcomes).filteredOn(o -> o instanceof SuggestionStatus).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof AlreadyDecidedException).hasSize(1);
            SuggestionStatus won = (SuggestionStatus) outcomes.stream().filter(o -> o instanceof SuggestionStatus)
                    .findFirst().orElseThrow();
            assertThat(as(team.reviewer(), () -> suggestions.get(shown.id())).status()).isEqualTo(won);
        }
    }

    @Test
    void aRejectedSuggestionDoesNotComeBackAndAnAcceptedOneIsNotProposedAgain() {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails figure = pending(SuggestionKind.FIGURE).getFirst();
        SuggestionDetails quote = pending(SuggestionKind.QUOTE).getFirst();
        as(team.reviewer(), () -> suggestions.reject(figure.id()));
        as(team.reviewer(), () -> suggestions.accept(quote.id(), null));
        assertThat(events.stream(SuggestionRejected.class)).singleElement()
                .satisfies(e -> assertThat(e.after().status()).isEqualTo(SuggestionStatus.REJECTED));

        as(team.lead(), () -> runner.runNow(team.projectId()));
        assertThat(pending(SuggestionKind.FIGURE)).extracting(s -> s.span().exact() + "@" + s.span().start())
                .doesNotContain(figure.span().exact() + "@" + figure.span().start());
        assertThat(pending(SuggestionKind.QUOTE)).extracting(s -> s.span().start()).doesNotContain(quote.span().start());
        assertThat(as(team.reviewer(), () -> suggestions.count(team.projectId(),
                new SuggestionFilter(null, SuggestionStatus.REJECTED, null)))).isEqualTo(1);
    }

    @Test
    void acceptingAContradictionLinksItsSpansThroughTheContradictionService() {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails proposed = pending(SuggestionKind.CONTRADICTION).getFirst();
        SuggestionService.AcceptedSuggestion accepted = as(team.reviewer(), () -> suggestions.accept(proposed.id(), null));
        assertThat(accepted.contradiction().spans()).extracting(s -> s.span().exact())
                .containsExactlyElementsOf(proposed.sides().stream().map(s -> s.span().exact()).toList());
        assertThat(accepted.contradiction().note()).isEqualTo(proposed.explanation());
        assertThat(events.stream(ContradictionCreated.class)).hasSize(1);
    }

    @Test
    void aFigureWithoutWhatItCountsMustBeCompletedBeforeItIsAccepted() {
        long blog = data.article(team.projectId(), team.lead(), "Blog", "Prices rose, and then 17.5 more.");
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails bare = as(team.reviewer(), () -> suggestions.page(team.projectId(),
                new SuggestionFilter(SuggestionKind.FIGURE, SuggestionStatus.PENDING, blog), PageRequest.of(0, 10)))
                .getFirst();
        assertThat(bare.figure().counted()).isNull();
        assertThatThrownBy(() -> as(team.reviewer(), () -> suggestions.accept(bare.id(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("What does the figure count?");
        assertThat(as(team.reviewer(), () -> suggestions.get(bare.id())).status()).isEqualTo(SuggestionStatus.PENDING);
        assertThat(as(team.reviewer(), () -> suggestions.accept(bare.id(), new SuggestionEdits(null, null, null,
                "price rises", null, null, null))).annotation().fields().figureCounts()).isEqualTo("price rises");
    }

    @Test
    void observersReadButDoNotDecideAndOutsidersSeeNothing() {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails any = pending(SuggestionKind.QUOTE).getFirst();
        assertThat(as(team.observer(), () -> suggestions.get(any.id())).id()).isEqualTo(any.id());
        assertThatThrownBy(() -> as(team.observer(), () -> suggestions.accept(any.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(team.observer(), () -> runner.start(team.projectId())))
                .isInstanceOf(AccessDeniedException.class);
        long runId = as(team.reviewer(), () -> suggestions.latestRun(team.projectId())).orElseThrow().id();
        assertThatThrownBy(() -> TestData.run(team.observer(), () -> suggestions.fail(runId, "forged")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(team.observer(), () -> suggestions.run(team.projectId(), runId)).status()).isEqualTo("DONE");
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> as(outsider, () -> suggestions.get(any.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> suggestions.reject(any.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> suggestions.page(team.projectId(), SuggestionFilter.pending(),
                PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theClaimsMatrixFlagsTheInjuredRowWhereOutletsDisagree() {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        ClaimsMatrix m = as(team.observer(), () -> suggestions.claims(team.projectId()));
        assertThat(m.columns()).extracting(ClaimsMatrix.Column::outlet).containsExactly("Arab News Outlet", "UN News Outlet");
        ClaimsMatrix.Row injured = m.rows().stream().filter(r -> r.topic().equals("injured")).findFirst().orElseThrow();
        assertThat(injured.conflicting()).isTrue();
        assertThat(injured.cells().get(0)).extracting(ClaimsMatrix.Claim::claim).containsExactly("more than 1,000");
        assertThat(injured.cells().get(1)).extracting(ClaimsMatrix.Claim::claim).containsExactly("almost 1,000");
        ClaimsMatrix.Row police = m.rows().stream().filter(r -> r.topic().equals("deaths (police)")).findFirst().orElseThrow();
        assertThat(police.conflicting()).isFalse();
        assertThat(as(team.observer(), () -> suggestions.claimsCsv(team.projectId())))
                .startsWith("\uFEFFcounted,conflicting,Arab News Outlet,UN News Outlet")
                .contains("injured,yes,\"More than 1,000 (more than 1,000 people injured, suggested)\","
                        + "\"almost 1,000 (almost 1,000 people injured, suggested)\"");
    }

    @Test
    void theClaimsMatrixShowsFiguresMarkedByHandBesideTheSuggestedOnes() {
        TestData.run(team.reviewer(), () -> annotations.create(unNews, AnnotationKind.FIGURE,
                data.text(unNews).indexOf("317"), data.text(unNews).indexOf("317") + 3,
                org.crosscheck.annotation.AnnotationFields.figure(new java.math.BigDecimal("317"),
                        org.crosscheck.annotation.FigureQualifier.NONE, "police officers injured")));
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        ClaimsMatrix m = as(team.observer(), () -> suggestions.claims(team.projectId()));
        ClaimsMatrix.Row police = m.rows().stream().filter(r -> r.topic().equals("injured (police)")).findFirst()
                .orElseThrow();
        assertThat(police.cells().get(0)).extracting(ClaimsMatrix.Claim::exact, ClaimsMatrix.Claim::marked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("more 300", false));
        assertThat(police.cells().get(1)).extracting(ClaimsMatrix.Claim::exact, ClaimsMatrix.Claim::marked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("317", true));
        assertThat(police.conflicting()).isFalse();
    }

    @Test
    void aRewordedCopyIsFoundAsANearDuplicateOfItsOriginal() {
        long copy = data.fixtureArticle(team.projectId(), team.lead(), "003-reworded-copy.txt", "Reworded");
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
        assertThat(as(team.observer(), () -> suggestions.nearDuplicates(team.projectId()))).singleElement()
                .satisfies(d -> {
                    assertThat(d.articleId()).isEqualTo(copy);
                    assertThat(d.ofArticleId()).isEqualTo(arabNews);
                });
        assertThat(as(team.observer(), () -> suggestions.nearDuplicatesOf(arabNews))).hasSize(1);
        assertThat(as(team.observer(), () -> suggestions.nearDuplicatesOf(unNews))).isEmpty();
        assertThat(events.stream(SuggestionsComputed.class)).singleElement()
                .satisfies(e -> assertThat(e.nearDuplicates()).isEqualTo(1));
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> as(outsider, () -> suggestions.nearDuplicatesOf(arabNews)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRunInTheBackgroundReportsItsProgressUntilDone() throws InterruptedException {
        SuggestionRunDetails started = as(team.reviewer(), () -> runner.start(team.projectId()));
        assertThat(started.articlesTotal()).isEqualTo(2);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        SuggestionRunDetails now = started;
        while (now.running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            now = as(team.reviewer(), () -> suggestions.run(team.projectId(), started.id()));
        }
        assertThat(now.status()).isEqualTo("DONE");
        long pending = as(team.reviewer(), () -> suggestions.count(team.projectId(), SuggestionFilter.pending()));
        assertThat(now.proposed()).isEqualTo((int) pending).isPositive();
    }
}
