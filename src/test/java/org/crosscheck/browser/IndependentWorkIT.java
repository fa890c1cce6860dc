package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData.Team;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.File;
import java.nio.file.Files;

import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.CollectionCondition.size;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * The team's whole round in independent mode: the lead assigns two articles to two reviewers; both
 * mark one article in their own browsers without seeing each other's marks; both submit; the lead
 * sees the agreement, curates into the final set, marks the article done and exports the approved
 * work only.
 */
class IndependentWorkIT extends BrowserTest {

    @Autowired ArticleWorkflow workflow;
    @Autowired org.crosscheck.project.ProjectService projects;

    Team team;
    String second;
    long arabNews;

    @BeforeEach
    void project() {
        team = data.team();
        second = data.user("second");
        data.member(team.projectId(), team.lead(), second, ProjectRole.REVIEWER);
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    @Test
    void twoReviewersMarkAloneSubmitAndTheLeadCuratesApprovesAndExportsTheFinalSet() throws Exception {
        login(team.lead());
        WorkflowPage lead = WorkflowPage.project(null, team.projectId()).independent().selectEveryArticle(2)
                .assignTo(team.reviewer(), second);
        lead.articles().shouldHave(text("reviewer Tester"), text("second Tester"));
        assertThat(as(team.lead(), () -> projects.isIndependent(team.projectId()))).isTrue();

        SelenideDriver firstBrowser = secondBrowser();
        login(firstBrowser, team.reviewer());
        ReaderPage first = ReaderPage.open(firstBrowser, arabNews);
        first.select("Kassym-Jomart Tokayev").addNote("President");
        first.markContaining("Kassym-Jomart Tokayev").shouldHave(cssClass("k-note"));
        first.select("Almaty").addNote("city");
        first.markContaining("Almaty").shouldHave(cssClass("k-note"));

        SelenideDriver secondsBrowser = secondBrowser();
        login(secondsBrowser, second);
        ReaderPage other = ReaderPage.open(secondsBrowser, arabNews);
        // Marking alone: none of the first reviewer's marks, live or on opening.
        other.list().shouldHave(text("No annotations match"));
        other.select("Kassym-Jomart Tokayev").addNote("President");
        other.markContaining("Kassym-Jomart Tokayev").shouldHave(cssClass("k-note"));
        other.select("Bachelet").addNote("UN rights chief");
        other.markContaining("Bachelet").shouldHave(cssClass("k-note"));
        other.marksContaining("Almaty").shouldHave(size(0));
        first.marksContaining("Bachelet").shouldHave(size(0));

        WorkflowPage.project(firstBrowser, team.projectId()).submitMarks("Arab News");
        WorkflowPage.project(secondsBrowser, team.projectId()).submitMarks("Arab News");
        assertThat(as(team.lead(), () -> workflow.stateOf(arabNews)).status()).isEqualTo(ArticleStatus.READY_FOR_REVIEW);
        // Submitted: now each sees the other's marks.
        ReaderPage.open(secondsBrowser, arabNews).markContaining("Almaty").shouldHave(cssClass("k-note"));

        lead = WorkflowPage.project(null, team.projectId());
        CurationPage curate = CurationPage.through(lead.curateLink("Arab News"));
        curate.agreement().shouldHave(text("F1"), text("Krippendorff"));
        curate.counts().shouldHave(text("3 places · 1 agreed · 2 to decide"));
        Selenide.screenshot("curate-open");
        curate.acceptAgreements();
        curate.counts().shouldHave(text("0 agreed · 2 to decide · 1 taken"));
        // In text order: "Bachelet" (only the second reviewer's), then "Almaty" (only the first's).
        curate.shown().shouldHave(text("Bachelet"));
        curate.keys("2");
        curate.shown().shouldHave(text("Almaty"));
        curate.keys("0");
        curate.counts().shouldHave(text("0 to decide · 2 taken · 1 left out"));
        Selenide.screenshot("curate-done");
        // The project's dashboard shows the agreement too, for its leads.
        DashboardPage.fromProject(team.projectId()).section("agreement").shouldHave(text("Arab News"), text("0.50"));

        // Approved: the final set is what curation took; the lead checks the screen and marks the article done.
        CheckPage check = CheckPage.open(null, arabNews);
        check.counts().shouldHave(text("0 to check · 2 approved · 0 need change · 2 rejected"));
        lead = WorkflowPage.project(null, team.projectId()).onlyStatus("Ready for review").moveTo("Done");

        File csv = ExchangePage.open(team.projectId()).format("CSV").tables("Annotations only").approvedOnly().download();
        String written = Files.readString(csv.toPath());
        assertThat(written.lines().filter(l -> l.contains("Kassym-Jomart Tokayev")).count()).as("the agreed mark, once").isEqualTo(1);
        assertThat(written).contains("UN rights chief").doesNotContain(",city");
    }
}
