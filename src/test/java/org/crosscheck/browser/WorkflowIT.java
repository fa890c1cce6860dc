package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData.Team;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.codeborne.selenide.Condition.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/** A lead divides the coverage; a reviewer finds their articles and moves them along; the lead sends one back. */
class WorkflowIT extends BrowserTest {

    @Autowired ArticleWorkflow workflow;

    Team team;
    long arabNews;
    long unNews;

    @BeforeEach
    void project() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    @Test
    void aLeadAssignsTwoArticlesTheReviewerMovesOneToReviewAndTheLeadSendsItBackWithAReason() {
        login(team.lead());
        WorkflowPage lead = WorkflowPage.project(null, team.projectId()).selectEveryArticle(2)
                .assignTo(team.reviewer());
        lead.articles().shouldHave(text("reviewer Tester"));
        Selenide.screenshot("project-assigned");

        SelenideDriver reviewersBrowser = secondBrowser();
        login(reviewersBrowser, team.reviewer());
        WorkflowPage.assignedToMe(reviewersBrowser).assigned().shouldHave(text("Arab News"), text("UN News"),
                text("To do"));
        WorkflowPage reviewer = WorkflowPage.project(reviewersBrowser, team.projectId()).onlyMine();
        reviewer.onlyStatus("To do");
        reviewer.articles().shouldHave(text("Arab News"), text("UN News"));
        reviewer.moveTo("In progress");
        reviewer.onlyStatus("In progress").status().shouldHave(text("In progress"));
        assertThat(statusOf(team.reviewer())).containsExactlyInAnyOrder(ArticleStatus.IN_PROGRESS, ArticleStatus.TODO);

        // The reviewer takes it on to review; marking it done is the lead's call (not offered).
        reviewer.moveTo("Ready for review");
        reviewer.onlyStatus("Ready for review").status().shouldHave(text("Ready for review"));

        lead.onlyStatus("Ready for review").status().shouldHave(text("Ready for review"));
        lead.moveBack("In progress", "The injured figure in paragraph 4 is not marked");
        lead.onlyStatus("In progress").status().shouldHave(text("In progress"));
        Selenide.screenshot("project-sent-back");
        ArticleWorkflow.WorkState back = as(team.lead(), () -> workflow.stateOf(arabNews).status() == ArticleStatus.IN_PROGRESS
                ? workflow.stateOf(arabNews) : workflow.stateOf(unNews));
        assertThat(back.reason()).isEqualTo("The injured figure in paragraph 4 is not marked");
        assertThat(back.changedBy().username()).isEqualTo(team.lead());
    }

    private java.util.List<ArticleStatus> statusOf(String user) {
        return as(user, () -> java.util.List.of(workflow.stateOf(arabNews).status(), workflow.stateOf(unNews).status()));
    }
}
