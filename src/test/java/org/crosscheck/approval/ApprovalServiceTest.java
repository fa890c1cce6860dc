package org.crosscheck.approval;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.approval.ApprovalEvents.ItemChecked;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.exchange.ExportFilter;
import org.crosscheck.exchange.ExportOptions;
import org.crosscheck.exchange.ExportProgress;
import org.crosscheck.exchange.ExportService;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Checking work: who decides, on what, when; what a decision does, and what a later change does to it. */
@DatabaseTest
@RecordApplicationEvents
class ApprovalServiceTest {

    @Autowired TestData data;
    @Autowired ApprovalService approvals;
    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;
    @Autowired ContradictionService contradictions;
    @Autowired ArticleWorkflow workflow;
    @Autowired AccountService accounts;
    @Autowired ExportService exports;
    @Autowired ApplicationEvents events;

    Team team;
    String checker;
    long arabNews;
    long unNews;
    AnnotationDetails quote;
    AnnotationDetails note;

    @BeforeEach
    void setUp() {
        team = data.team();
        checker = data.user("checker");
        data.member(team.projectId(), team.lead(), checker, ProjectRole.CHECKER);
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        SpanRef tokayev = data.span(team.reviewer(), arabNews, "Kassym-Jomart Tokayev");
        SpanRef almaty = data.span(team.reviewer(), arabNews, "Almaty");
        quote = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.QUOTE, tokayev.start(), tokayev.end(),
                AnnotationFields.quote("Kassym-Jomart Tokayev")));
        note = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, almaty.start(), almaty.end(),
                AnnotationFields.note("The city, not the region")));
    }

    private void readyForReview(long articleId) {
        run(team.lead(), () -> workflow.changeStatus(articleId, ArticleStatus.READY_FOR_REVIEW, null));
    }

    @Test
    void aCheckerApprovesSendsBackWithACommentInTheThreadAndTheAuthorsFixSendsItBackToTheCheckers() {
        readyForReview(arabNews);
        CheckState approved = as(checker, () -> approvals.decide(CheckSubject.ANNOTATION, quote.id(), quote.version(),
                Outcome.APPROVED, null));
        assertThat(approved.approved()).isTrue();
        assertThat(approved.decidedBy().username()).isEqualTo(checker);

        assertThatThrownBy(() -> run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, note.id(), note.version(),
                Outcome.NEEDS_CHANGE, "  ")))
                .isInstanceOf(DomainException.class).hasMessageContaining("Say what needs to change")
                .extracting(e -> ((DomainException) e).field()).isEqualTo("comment");
        run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, note.id(), note.version(), Outcome.NEEDS_CHANGE,
                "Almaty is the city; say which district"));
        assertThat(as(team.reviewer(), () -> comments.thread(note.id())).comments())
                .as("the author reads it in the annotation's thread")
                .extracting(c -> c.body()).containsExactly("Needs change: Almaty is the city; say which district");

        ApprovalService.Checklist list = as(team.reviewer(), () -> approvals.checklist(arabNews));
        assertThat(list.mayCheck()).as("the author sees the outcomes, but does not check").isFalse();
        assertThat(list.count(Outcome.APPROVED)).isEqualTo(1);
        assertThat(list.count(Outcome.NEEDS_CHANGE)).isEqualTo(1);
        assertThat(list.toCheck()).isZero();

        AnnotationDetails fixed = as(team.reviewer(), () -> annotations.update(note.id(),
                AnnotationFields.note("Almaty, Medeu district"), note.version()));
        ApprovalService.Checklist after = as(checker, () -> approvals.checklist(arabNews));
        CheckState state = after.items().stream().filter(i -> i.id() == note.id()).findFirst().orElseThrow().state();
        assertThat(state.current()).as("a change after the decision sends it back to the checkers").isFalse();
        assertThat(state.label()).isEqualTo("Changed since: needs change");
        assertThat(after.toCheck()).isEqualTo(1);

        run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, note.id(), fixed.version(), Outcome.APPROVED, null));
        assertThat(as(team.lead(), () -> approvals.approved(team.projectId())).annotations())
                .containsExactlyInAnyOrder(quote.id(), note.id());
        assertThat(events.stream(ItemChecked.class)).extracting(ItemChecked::outcomeBefore, ItemChecked::outcomeAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, Outcome.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(null, Outcome.NEEDS_CHANGE),
                        org.assertj.core.groups.Tuple.tuple(null, Outcome.APPROVED));
    }

    @Test
    void onlyLeadsAndCheckersDecideNobodyChecksTheirOwnWorkExceptALeadAndOutsidersFindNothing() {
        readyForReview(arabNews);
        assertThatThrownBy(() -> run(team.reviewer(), () -> approvals.decide(CheckSubject.ANNOTATION, quote.id(),
                quote.version(), Outcome.APPROVED, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(team.observer(), () -> approvals.decide(CheckSubject.ANNOTATION, quote.id(),
                quote.version(), Outcome.APPROVED, null))).isInstanceOf(AccessDeniedException.class);
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> approvals.decide(CheckSubject.ANNOTATION, quote.id(),
                quote.version(), Outcome.APPROVED, null))).as("like a missing annotation").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(outsider, () -> approvals.checklist(arabNews))).isInstanceOf(NotFoundException.class);

        SpanRef un = data.span(checker, arabNews, "Kazakhstan");
        AnnotationDetails own = as(checker, () -> annotations.create(arabNews, AnnotationKind.NOTE, un.start(), un.end(),
                AnnotationFields.note("mine")));
        assertThatThrownBy(() -> run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, own.id(), own.version(),
                Outcome.APPROVED, null))).isInstanceOf(DomainException.class).hasMessageContaining("your own work");
        run(team.lead(), () -> approvals.decide(CheckSubject.ANNOTATION, own.id(), own.version(), Outcome.APPROVED, null));
    }

    @Test
    void checkingStartsAtReadyForReviewAndADecisionLandsOnlyOnTheVersionTheCheckerSaw() {
        assertThatThrownBy(() -> run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, quote.id(), quote.version(),
                Outcome.APPROVED, null))).isInstanceOf(DomainException.class)
                .hasMessage("Checking starts when the article is Ready for review; it is To do.");
        readyForReview(arabNews);
        run(team.reviewer(), () -> annotations.update(quote.id(), AnnotationFields.quote("Tokayev"), quote.version()));
        assertThatThrownBy(() -> run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, quote.id(), quote.version(),
                Outcome.APPROVED, null))).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed since you opened it");
        assertThat(as(team.lead(), () -> approvals.approved(team.projectId())).annotations()).isEmpty();
    }

    @Test
    void aRejectedContradictionAndADeletedAnnotationLeaveTheApprovedExportAndTheReportMarksEachDecision() throws Exception {
        readyForReview(arabNews);
        ContradictionDetails c = as(team.reviewer(), () -> contradictions.create(team.projectId(),
                ContradictionCategory.NAME_SPELLING, "Two spellings", List.of(data.span(team.reviewer(), arabNews, "Tokayev"),
                        data.span(team.reviewer(), unNews, "Natalia Gherman"))));
        assertThatThrownBy(() -> run(checker, () -> approvals.decide(CheckSubject.CONTRADICTION, c.id(), c.version(),
                Outcome.REJECTED, null))).isInstanceOf(DomainException.class).hasMessageContaining("reason");
        run(checker, () -> approvals.decide(CheckSubject.CONTRADICTION, c.id(), c.version(), Outcome.REJECTED,
                "Different people"));
        run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, quote.id(), quote.version(), Outcome.APPROVED, null));
        run(checker, () -> approvals.decide(CheckSubject.ANNOTATION, note.id(), note.version(), Outcome.APPROVED, null));
        run(team.reviewer(), () -> annotations.delete(note.id()));

        ExportFilter approvedOnly = new ExportFilter(Set.of(), EnumSet.allOf(AnnotationKind.class),
                EnumSet.allOf(ContradictionStatus.class), null, null, null, true);
        assertThat(export(new ExportOptions("csv", approvedOnly, ExportOptions.CsvTables.ANNOTATIONS, false)))
                .contains("Kassym-Jomart Tokayev").doesNotContain("Almaty");
        assertThat(export(new ExportOptions("csv", approvedOnly, ExportOptions.CsvTables.CONTRADICTIONS, false)))
                .as("a rejected contradiction is not approved work").doesNotContain("Two spellings");
        assertThat(export(new ExportOptions("csv", ExportFilter.everything(), ExportOptions.CsvTables.CONTRADICTIONS, false)))
                .contains("Two spellings");

        String report = export(ExportOptions.of("report", ExportFilter.everything()));
        String name = as(checker, () -> accounts.me()).displayName();
        assertThat(report).contains("<td class=\"checked approved\">Approved by " + name + "</td>")
                .contains("Checked: Rejected by " + name + ": Different people")
                .doesNotContain("Almaty, Medeu");
    }

    private String export(ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(team.lead(), () -> exports.export(team.projectId(), options, "http://localhost", out, ExportProgress.NONE));
        return out.toString(StandardCharsets.UTF_8);
    }
}
