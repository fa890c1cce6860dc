package org.crosscheck.article;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.article.ArticleEvents.ArticleAssigneesChanged;
import org.crosscheck.article.ArticleEvents.ArticleStatusChanged;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Who works on which article and how far it is: assigned by a lead, moved by its assignees, back with a reason. */
@DatabaseTest
@RecordApplicationEvents
class ArticleWorkflowTest {

    @Autowired TestData data;
    @Autowired ArticleWorkflow workflow;
    @Autowired ArticleService articles;
    @Autowired ProjectService projects;
    @Autowired AccountService accounts;
    @Autowired ApplicationEvents events;

    Team team;
    long arabNews;
    long unNews;
    long reviewerId;
    long observerId;

    @BeforeEach
    void setUp() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        reviewerId = as(team.reviewer(), () -> accounts.me()).id();
        observerId = as(team.observer(), () -> accounts.me()).id();
    }

    @Test
    void aLeadAssignsSeveralArticlesAtOnceAndTheListFiltersByAssigneeAndStatus() {
        int added = as(team.lead(), () -> workflow.assign(team.projectId(), List.of(arabNews, unNews), List.of(reviewerId)));
        assertThat(added).isEqualTo(2);
        assertThat(as(team.lead(), () -> workflow.assign(team.projectId(), List.of(arabNews), List.of(reviewerId))))
                .as("assigning again adds nothing").isZero();
        assertThat(as(team.observer(), () -> workflow.stateOf(arabNews)).assignees()).extracting(UserSummary::username)
                .containsExactly(team.reviewer());
        assertThat(events.stream(ArticleAssigneesChanged.class)).hasSize(2)
                .allSatisfy(e -> assertThat(e.after()).containsExactly(team.reviewer()));

        run(team.reviewer(), () -> workflow.changeStatus(unNews, ArticleStatus.IN_PROGRESS, null));
        ArticleListFilter mineInProgress = new ArticleListFilter(ArticleStatus.IN_PROGRESS, reviewerId);
        assertThat(as(team.reviewer(), () -> articles.page(team.projectId(), mineInProgress, PageRequest.of(0, 10))))
                .extracting(ArticleListEntry::id).containsExactly(unNews);
        assertThat(as(team.reviewer(), () -> articles.count(team.projectId(), new ArticleListFilter(ArticleStatus.TODO, null))))
                .isEqualTo(1);
        assertThat(as(team.reviewer(), () -> workflow.assignedToMe())).extracting(a -> a.article().id(), a -> a.status())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(arabNews, ArticleStatus.TODO),
                        org.assertj.core.groups.Tuple.tuple(unNews, ArticleStatus.IN_PROGRESS));
    }

    @Test
    void assignmentNeverWidensWhatARoleMayDo() {
        assertThatThrownBy(() -> run(team.lead(), () -> workflow.setAssignees(arabNews, List.of(observerId))))
                .isInstanceOf(DomainException.class).hasMessageContaining("observer reads only");
        long outsider = as(data.user("outsider"), () -> accounts.me()).id();
        assertThatThrownBy(() -> run(team.lead(), () -> workflow.setAssignees(arabNews, List.of(outsider))))
                .isInstanceOf(DomainException.class).hasMessageContaining("Only members");
        assertThatThrownBy(() -> run(team.reviewer(), () -> workflow.setAssignees(arabNews, List.of(reviewerId))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("outsider", () -> workflow.stateOf(arabNews))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAssigneeMovesItsWorkUpToReviewOnlyALeadMarksItDoneAndAMoveBackSaysWhy() {
        assertThatThrownBy(() -> run(team.reviewer(), () -> workflow.changeStatus(arabNews, ArticleStatus.IN_PROGRESS, null)))
                .as("not assigned").isInstanceOf(AccessDeniedException.class);
        run(team.lead(), () -> workflow.setAssignees(arabNews, List.of(reviewerId)));
        run(team.reviewer(), () -> workflow.changeStatus(arabNews, ArticleStatus.IN_PROGRESS, null));
        run(team.reviewer(), () -> workflow.changeStatus(arabNews, ArticleStatus.READY_FOR_REVIEW, null));
        assertThatThrownBy(() -> run(team.reviewer(), () -> workflow.changeStatus(arabNews, ArticleStatus.DONE, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only a lead");
        assertThatThrownBy(() -> run(team.lead(), () -> workflow.changeStatus(arabNews, ArticleStatus.IN_PROGRESS, " ")))
                .isInstanceOf(DomainException.class).hasMessageContaining("Say why");
        ArticleWorkflow.WorkState back = as(team.lead(), () -> workflow.changeStatus(arabNews, ArticleStatus.IN_PROGRESS,
                "The figure in paragraph 3 is not marked"));
        assertThat(back.status()).isEqualTo(ArticleStatus.IN_PROGRESS);
        assertThat(back.reason()).isEqualTo("The figure in paragraph 3 is not marked");
        assertThat(back.changedBy().username()).isEqualTo(team.lead());
        run(team.lead(), () -> workflow.changeStatus(arabNews, ArticleStatus.DONE, null));
        assertThat(events.stream(ArticleStatusChanged.class)).extracting(ArticleStatusChanged::from, ArticleStatusChanged::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ArticleStatus.TODO, ArticleStatus.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple(ArticleStatus.IN_PROGRESS, ArticleStatus.READY_FOR_REVIEW),
                        org.assertj.core.groups.Tuple.tuple(ArticleStatus.READY_FOR_REVIEW, ArticleStatus.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple(ArticleStatus.IN_PROGRESS, ArticleStatus.DONE));
        assertThatThrownBy(() -> run(team.reviewer(), () -> workflow.changeStatus(arabNews, ArticleStatus.IN_PROGRESS, "x")))
                .as("back from done: a lead's call").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReviewerRemovedOrMadeObserverLosesTheirAssignments() {
        run(team.lead(), () -> workflow.assign(team.projectId(), List.of(arabNews, unNews), List.of(reviewerId)));
        run(team.lead(), () -> projects.setMember(team.projectId(), team.reviewer(), ProjectRole.OBSERVER));
        assertThat(as(team.lead(), () -> workflow.stateOf(arabNews)).assignees()).isEmpty();
        assertThat(as(team.lead(), () -> workflow.stateOf(unNews)).assignees()).isEmpty();
        assertThat(events.stream(ArticleAssigneesChanged.class).filter(e -> e.after().isEmpty())).hasSize(2);
    }
}
