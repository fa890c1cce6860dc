package org.crosscheck.progress;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.KindColour;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindDraft;
import org.crosscheck.annotation.KindService;
import org.crosscheck.approval.ApprovalService;
import org.crosscheck.approval.CheckSubject;
import org.crosscheck.approval.Outcome;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** The dashboard's numbers: articles per status, each reviewer's share, annotations per kind and day, checks. */
@DatabaseTest
class ProgressServiceTest {

    @Autowired TestData data;
    @Autowired ProgressService progress;
    @Autowired ArticleWorkflow workflow;
    @Autowired AnnotationService annotations;
    @Autowired KindService kinds;
    @Autowired ApprovalService approvals;
    @Autowired org.crosscheck.account.AccountService accounts;

    Team team;
    String second;
    String checker;
    long arabNews;
    long unNews;
    long third;

    @BeforeEach
    void setUp() {
        team = data.team();
        second = data.user("second");
        checker = data.user("checker");
        data.member(team.projectId(), team.lead(), second, ProjectRole.REVIEWER);
        data.member(team.projectId(), team.lead(), checker, ProjectRole.CHECKER);
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        third = data.article(team.projectId(), team.lead(), "Third", "Nothing happened in Almaty today.");
    }

    private long id(String username) {
        return as(username, () -> accounts.me()).id();
    }

    private AnnotationDetails mark(String user, long articleId, String exact, AnnotationKind kind) {
        SpanRef span = data.span(user, articleId, exact);
        AnnotationFields fields = switch (kind) {
            case QUOTE -> AnnotationFields.quote("Someone");
            case NOTE -> AnnotationFields.note("A note");
            default -> throw new IllegalArgumentException();
        };
        return as(user, () -> annotations.create(articleId, kind, span.start(), span.end(), fields));
    }

    @Test
    void countsArticlesReviewersKindsAndChecksOfTheProject() {
        run(team.lead(), () -> {
            workflow.assign(team.projectId(), List.of(arabNews, unNews), List.of(id(team.reviewer())));
            workflow.assign(team.projectId(), List.of(unNews), List.of(id(second)));
        });
        KindDescription source = as(team.lead(), () -> kinds.define(team.projectId(),
                new KindDraft("Source", KindColour.TEAL, "s", List.of())));
        AnnotationDetails quote = mark(team.reviewer(), arabNews, "Kassym-Jomart Tokayev", AnnotationKind.QUOTE);
        mark(team.reviewer(), arabNews, "Almaty", AnnotationKind.NOTE);
        mark(second, unNews, "Almaty", AnnotationKind.NOTE);
        SpanRef police = data.span(second, unNews, "police spokesperson");
        run(second, () -> annotations.create(unNews, source.id(), police.start(), police.end(),
                AnnotationFields.ofValues(Map.of())));
        run(team.reviewer(), () -> workflow.changeStatus(unNews, ArticleStatus.IN_PROGRESS, null));
        run(team.lead(), () -> workflow.changeStatus(arabNews, ArticleStatus.READY_FOR_REVIEW, null));
        run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, quote.id(), quote.version(), Outcome.APPROVED, null));

        Progress p = as(team.observer(), () -> progress.of(team.projectId()));

        assertThat(p.empty()).isFalse();
        assertThat(p.articles()).isEqualTo(3);
        assertThat(p.articlesByStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(ArticleStatus.TODO, 1L,
                ArticleStatus.IN_PROGRESS, 1L, ArticleStatus.READY_FOR_REVIEW, 1L, ArticleStatus.DONE, 0L));

        // Everyone who may annotate (the lead, the checker, both reviewers), whatever they have; not the observer.
        assertThat(p.reviewers()).extracting(r -> r.user().username())
                .containsExactlyInAnyOrder(team.lead(), checker, team.reviewer(), second);
        Progress.Reviewer reviewer = reviewer(p, team.reviewer());
        assertThat(reviewer.assigned()).containsEntry(ArticleStatus.READY_FOR_REVIEW, 1L)
                .containsEntry(ArticleStatus.IN_PROGRESS, 1L).containsEntry(ArticleStatus.TODO, 0L);
        assertThat(reviewer.assignedTotal()).isEqualTo(2);
        assertThat(reviewer.annotations()).isEqualTo(2);
        assertThat(reviewer.assignable()).isTrue();
        Progress.Reviewer other = reviewer(p, second);
        assertThat(other.assigned()).containsEntry(ArticleStatus.IN_PROGRESS, 1L);
        assertThat(other.assignedTotal()).isEqualTo(1);
        assertThat(other.annotations()).isEqualTo(2);
        assertThat(reviewer(p, team.lead()).assignedTotal()).isZero();

        Progress.Timeline t = p.annotations();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(t.period()).isEqualTo(Progress.Period.DAY);
        assertThat(t.starts()).containsExactly(today);
        assertThat(t.kinds()).extracting(Progress.KindSeries::name, Progress.KindSeries::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Quote", 1L),
                        org.assertj.core.groups.Tuple.tuple("Note", 2L),
                        org.assertj.core.groups.Tuple.tuple("Source", 1L));
        assertThat(t.kinds()).extracting(Progress.KindSeries::colour).containsExactly("QUOTE", "NOTE", "TEAL");
        assertThat(t.total()).isEqualTo(4);

        // The approved quote; the note beside it waits (its article is ready); those of the article in progress do not.
        assertThat(p.checks()).isEqualTo(new Progress.Checks(1, 0, 0, 1));
    }

    @Test
    void aDecisionThatNoLongerHoldsCountsAsToCheckAgain() {
        AnnotationDetails note = mark(team.reviewer(), arabNews, "Almaty", AnnotationKind.NOTE);
        run(team.lead(), () -> workflow.changeStatus(arabNews, ArticleStatus.READY_FOR_REVIEW, null));
        run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, note.id(), note.version(), Outcome.NEEDS_CHANGE,
                "Say which district"));
        assertThat(as(team.lead(), () -> progress.of(team.projectId())).checks())
                .isEqualTo(new Progress.Checks(0, 1, 0, 0));

        run(team.reviewer(), () -> annotations.update(note.id(), AnnotationFields.note("Medeu district"), note.version()));
        assertThat(as(team.lead(), () -> progress.of(team.projectId())).checks())
                .isEqualTo(new Progress.Checks(0, 0, 0, 1));
    }

    @Test
    void anEmptyProjectHasNothingToCountAndAnOutsiderIsRefused() {
        long empty = data.project(team.lead());
        Progress p = as(team.lead(), () -> progress.of(empty));
        assertThat(p.empty()).isTrue();
        assertThat(p.articlesByStatus().values()).allMatch(n -> n == 0);
        assertThat(p.annotations().kinds()).isEmpty();
        assertThat(p.checks().total()).isZero();

        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> progress.of(team.projectId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLongProjectIsCountedPerWeekOrMonth() {
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        assertThat(Progress.Period.WEEK.startOf(wednesday)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(Progress.Period.MONTH.startOf(wednesday)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Progress.Period.DAY.startOf(wednesday)).isEqualTo(wednesday);
        assertThat(Progress.Period.WEEK.next(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    private static Progress.Reviewer reviewer(Progress p, String username) {
        return p.reviewers().stream().filter(r -> r.user().username().equals(username)).findFirst().orElseThrow();
    }
}
