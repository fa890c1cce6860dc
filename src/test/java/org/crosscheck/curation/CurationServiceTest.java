package org.crosscheck.curation;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationFilter;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.approval.ApprovalService;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.curation.CurationService.PlaceState;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Independent marking: each assignee alone until they submit; then agreement, curation, and the final set approved. */
@DatabaseTest
class CurationServiceTest {

    @Autowired TestData data;
    @Autowired CurationService curation;
    @Autowired AnnotationService annotations;
    @Autowired ArticleWorkflow workflow;
    @Autowired ProjectService projects;
    @Autowired ApprovalService approvals;
    @Autowired AccountService accounts;

    Team team;
    String second;
    long article;
    long firstId;
    long secondId;

    @BeforeEach
    void independentProject() {
        team = data.team();
        second = data.user("second");
        data.member(team.projectId(), team.lead(), second, ProjectRole.REVIEWER);
        article = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        firstId = as(team.reviewer(), () -> accounts.me()).id();
        secondId = as(second, () -> accounts.me()).id();
        run(team.lead(), () -> projects.setIndependent(team.projectId(), true));
        run(team.lead(), () -> workflow.setAssignees(article, List.of(firstId, secondId)));
    }

    private AnnotationDetails mark(String who, AnnotationKind kind, String exact, AnnotationFields fields) {
        SpanRef span = data.span(who, article, exact);
        return as(who, () -> annotations.create(article, kind, span.start(), span.end(), fields));
    }

    @Test
    void eachAssigneeMarksAloneUntilTheySubmitAndOthersWaitForAll() {
        AnnotationDetails mine = mark(team.reviewer(), AnnotationKind.QUOTE, "Kassym-Jomart Tokayev",
                AnnotationFields.quote("Kassym-Jomart Tokayev"));
        mark(second, AnnotationKind.NOTE, "Almaty", AnnotationFields.note("city"));

        assertThat(as(second, () -> annotations.forArticle(article))).extracting(AnnotationDetails::kind)
                .containsExactly(AnnotationKind.NOTE);
        assertThatThrownBy(() -> run(second, () -> annotations.get(mine.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(second, () -> annotations.page(article, AnnotationFilter.all(), PageRequest.of(0, 50)))).hasSize(1);
        assertThat(as(second, () -> annotations.count(article, new AnnotationFilter(
                java.util.EnumSet.allOf(AnnotationKind.class), firstId)))).as("asking for another's marks by name").isZero();
        assertThat(as(team.observer(), () -> annotations.forArticle(article))).as("others wait for all").isEmpty();
        assertThat(as(team.lead(), () -> annotations.forArticle(article))).as("the lead sees everything").hasSize(2);

        run(second, () -> workflow.submit(article));
        assertThat(as(second, () -> annotations.forArticle(article))).as("submitted: sees the others' marks").hasSize(2);
        assertThat(as(team.reviewer(), () -> annotations.forArticle(article))).as("not submitted yet").hasSize(1);
        assertThat(as(team.lead(), () -> workflow.stateOf(article)).status()).isNotEqualTo(ArticleStatus.READY_FOR_REVIEW);

        run(team.reviewer(), () -> workflow.submit(article));
        assertThat(as(team.observer(), () -> annotations.forArticle(article))).hasSize(2);
        assertThat(as(team.lead(), () -> workflow.stateOf(article)).status())
                .as("every assignee submitted: ready for review").isEqualTo(ArticleStatus.READY_FOR_REVIEW);
        assertThatThrownBy(() -> run(team.observer(), () -> workflow.submit(article)))
                .hasMessageContaining("Only the article's assignees");
    }

    @Test
    void theLeadSeesAgreementAcceptsAgreementsAndDecidesEachDisagreementIntoTheFinalSet() {
        mark(team.reviewer(), AnnotationKind.QUOTE, "Kassym-Jomart Tokayev", AnnotationFields.quote("Tokayev"));
        mark(second, AnnotationKind.QUOTE, "Kassym-Jomart Tokayev", AnnotationFields.quote("Tokayev"));
        AnnotationDetails broad = mark(team.reviewer(), AnnotationKind.NOTE, "Kazakhstan’s main city of Almaty",
                AnnotationFields.note("the city"));
        AnnotationDetails narrow = mark(second, AnnotationKind.NOTE, "Almaty", AnnotationFields.note("city"));
        AnnotationDetails alone = mark(second, AnnotationKind.NOTE, "Bachelet", AnnotationFields.note("UN"));
        assertThatThrownBy(() -> run(team.reviewer(), () -> curation.of(article))).isInstanceOf(AccessDeniedException.class);

        run(team.reviewer(), () -> workflow.submit(article));
        run(second, () -> workflow.submit(article));
        CurationService.Curation c = as(team.lead(), () -> curation.of(article));
        assertThat(c.annotators()).extracting(a -> a.user().username()).containsExactly(team.reviewer(), second);
        assertThat(c.places()).extracting(p -> p.state()).containsExactlyInAnyOrder(PlaceState.AGREED, PlaceState.TO_DECIDE,
                PlaceState.TO_DECIDE);
        // Quotes: one pair, matched; notes: the overlapping pair matched, "Bachelet" alone: F1 = 2·1/(1+2).
        Agreement.KindScore notes = c.agreement().kinds().stream().filter(k -> k.kind().equals("NOTE")).findFirst().orElseThrow();
        assertThat(notes.f1()).isEqualTo(2.0 / 3);
        assertThat(c.agreement().overall().f1()).isEqualTo(2.0 * 2 / 5);
        assertThat(c.agreement().overall().alpha()).isBetween(0.0, 1.0);

        assertThat(as(team.lead(), () -> curation.acceptAgreements(article))).isEqualTo(1);
        CurationService.CuratedPlace almaty = as(team.lead(), () -> curation.of(article)).places().stream()
                .filter(p -> p.place().marks().stream().anyMatch(m -> m.id() == narrow.id())).findFirst().orElseThrow();
        run(team.lead(), () -> curation.choose(article, almaty.key(), Set.of(secondId)));
        CurationService.CuratedPlace bachelet = as(team.lead(), () -> curation.of(article)).places().stream()
                .filter(p -> p.place().marks().stream().anyMatch(m -> m.id() == alone.id())).findFirst().orElseThrow();
        run(team.lead(), () -> curation.choose(article, bachelet.key(), Set.of()));

        CurationService.Curation done = as(team.lead(), () -> curation.of(article));
        assertThat(done.count(PlaceState.TO_DECIDE)).isZero();
        assertThat(done.count(PlaceState.TAKEN)).isEqualTo(2);
        assertThat(done.count(PlaceState.LEFT_OUT)).isEqualTo(1);
        Set<Long> finalSet = as(team.lead(), () -> approvals.approved(team.projectId())).annotations();
        assertThat(finalSet).hasSize(2).contains(narrow.id()).doesNotContain(broad.id(), alone.id());

        assertThatThrownBy(() -> run(team.lead(), () -> curation.choose(article, "QUOTE:0:1:999", Set.of())))
                .as("a place the screen no longer shows").hasMessageContaining("changed since you opened it");
    }
}
