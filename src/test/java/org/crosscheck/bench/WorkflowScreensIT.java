package org.crosscheck.bench;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import org.crosscheck.TestData;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.approval.ApprovalService;
import org.crosscheck.approval.CheckSubject;
import org.crosscheck.approval.Outcome;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.crosscheck.bench.Screens.prefersDark;
import static org.crosscheck.bench.Screens.shot;

/**
 * Screenshots of the team-workflow screens (Check, Curate, Notifications, Activity, Trash) at 1400
 * and 390 px wide, light and dark, into target/selenide/reports, to look at. Not a test of anything:
 * {@code mvn -Pproduction,bench verify -Dit.test=WorkflowScreensIT}.
 */
@Tag("bench")
class WorkflowScreensIT extends BrowserTest {

    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;
    @Autowired ArticleWorkflow workflow;
    @Autowired ProjectService projects;
    @Autowired ApprovalService approvals;
    @Autowired AccountService accounts;

    @Test
    void screens() {
        var team = data.team();
        String second = data.user("second");
        data.member(team.projectId(), team.lead(), second, ProjectRole.CHECKER);
        long article = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        long reviewerId = TestData.as(team.reviewer(), () -> accounts.me()).id();
        long secondId = TestData.as(second, () -> accounts.me()).id();
        TestData.run(team.lead(), () -> projects.setIndependent(team.projectId(), true));
        TestData.run(team.lead(), () -> workflow.setAssignees(article, List.of(reviewerId, secondId)));
        AnnotationDetails q = mark(team.reviewer(), article, "Kassym-Jomart Tokayev", AnnotationKind.QUOTE,
                AnnotationFields.quote("Kassym-Jomart Tokayev"));
        mark(second, article, "Kassym-Jomart Tokayev", AnnotationKind.QUOTE, AnnotationFields.quote("Tokayev"));
        mark(team.reviewer(), article, "Almaty", AnnotationKind.NOTE, AnnotationFields.note("The city, not the region"));
        mark(second, article, "Bachelet", AnnotationKind.NOTE, AnnotationFields.note("UN rights chief"));
        TestData.run(team.reviewer(), () -> workflow.submit(article));
        TestData.run(second, () -> workflow.submit(article));
        TestData.run(team.lead(), () -> comments.add(q.id(), "@" + team.reviewer() + " is the speaker's name as the UN spells it?"));
        TestData.run(second, () -> approvals.decide(CheckSubject.ANNOTATION, q.id(), q.version(), Outcome.NEEDS_CHANGE,
                "Give the full name as the speaker"));

        for (String who : List.of(team.lead(), team.reviewer())) {
            login(who);
            for (int width : new int[]{1400, 390}) {
                for (boolean dark : new boolean[]{false, true}) {
                    WebDriverRunner.getWebDriver().manage().window().setSize(new Dimension(width, 900));
                    prefersDark(dark);
                    String suffix = "-" + width + (dark ? "-dark" : "-light");
                    if (who.equals(team.lead())) {
                        shot("/articles/" + article + "/curate", "#curate-places", "screen-curate" + suffix);
                        shot("/articles/" + article + "/check", "#check-list", "screen-check" + suffix);
                        shot("/projects/" + team.projectId() + "/activity", "#activity", "screen-activity" + suffix);
                        shot("/projects/" + team.projectId(), "#articles", "screen-project" + suffix);
                    } else {
                        shot("/notifications", "#notifications", "screen-notifications" + suffix);
                    }
                }
            }
            Selenide.closeWebDriver();
        }
    }

    private AnnotationDetails mark(String who, long article, String words, AnnotationKind kind, AnnotationFields fields) {
        SpanRef span = data.span(who, article, words);
        return TestData.as(who, () -> annotations.create(article, kind, span.start(), span.end(), fields));
    }
}
