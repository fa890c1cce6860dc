package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** A lead sees where the work stands, and one click on a number opens the list it counts. */
class DashboardIT extends BrowserTest {

    @Autowired ArticleWorkflow workflow;
    @Autowired AnnotationService annotations;
    @Autowired AccountService accounts;

    Team team;
    long arabNews;
    long unNews;

    @BeforeEach
    void project() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        long reviewerId = as(team.reviewer(), () -> accounts.me()).id();
        run(team.lead(), () -> workflow.assign(team.projectId(), List.of(arabNews, unNews), List.of(reviewerId)));
        SpanRef tokayev = data.span(team.reviewer(), arabNews, "Kassym-Jomart Tokayev");
        SpanRef almaty = data.span(team.reviewer(), unNews, "Almaty");
        run(team.reviewer(), () -> {
            annotations.create(arabNews, AnnotationKind.QUOTE, tokayev.start(), tokayev.end(),
                    AnnotationFields.quote("Kassym-Jomart Tokayev"));
            annotations.create(unNews, AnnotationKind.NOTE, almaty.start(), almaty.end(), AnnotationFields.note("The city"));
            workflow.changeStatus(unNews, ArticleStatus.IN_PROGRESS, null);
        });
        run(team.lead(), () -> workflow.changeStatus(arabNews, ArticleStatus.READY_FOR_REVIEW, null));
    }

    @Test
    void theNumbersBesideTheChartsOpenTheListsTheyCount() {
        login(team.lead());
        DashboardPage page = DashboardPage.fromProject(team.projectId());
        page.status("TODO").shouldHave(exactText("0"));
        page.status("IN_PROGRESS").shouldHave(exactText("1"));
        page.status("READY_FOR_REVIEW").shouldHave(exactText("1"));
        page.status("DONE").shouldHave(exactText("0"));
        page.status("all").shouldHave(exactText("2"));
        page.reviewer(team.reviewer(), "READY_FOR_REVIEW").shouldHave(exactText("1"));
        page.reviewer(team.reviewer(), "assigned").shouldHave(exactText("2"));
        page.reviewer(team.reviewer(), "annotations").shouldHave(exactText("2"));
        page.reviewer(team.lead(), "assigned").shouldHave(exactText("0"));
        page.number("kind-quote").shouldHave(exactText("1"));
        page.number("kind-note").shouldHave(exactText("1"));
        page.number("kind-all").shouldHave(exactText("2"));
        page.number("checks-approved").shouldHave(exactText("0"));
        page.number("checks-to-check").shouldHave(exactText("1"));
        for (String chart : List.of("status", "reviewers", "kinds", "checks")) {
            page.chart(chart).should(exist);
        }
        viewport(1400, 900, false);
        Selenide.screenshot("dashboard-1400-light");
        page.section("kinds").scrollIntoView(true);
        Selenide.screenshot("dashboard-1400-light-kinds");
        viewport(1400, 900, true);
        page.section("status").scrollIntoView(true);
        Selenide.screenshot("dashboard-1400-dark");

        // A phone: each chart above its numbers, nothing wider than the screen.
        viewport(390, 844, true);
        page.section("reviewers").scrollIntoView(true);
        Selenide.screenshot("dashboard-390-dark");
        assertThat(page.nothingWiderThanTheWindow()).as("nothing wider than the window").isTrue();
        viewport(390, 844, false);
        page.section("status").scrollIntoView(true);
        Selenide.screenshot("dashboard-390-light");
        page.section("kinds").scrollIntoView(true);
        Selenide.screenshot("dashboard-390-light-kinds");
        viewport(1400, 900, false);

        page.open(page.status("READY_FOR_REVIEW"));
        webdriver().shouldHave(urlContaining("status=READY_FOR_REVIEW"));
        page.listStatusFilter().shouldHave(text("Ready for review"));
        page.listArticles().shouldHave(text("Arab News"));
        page.listArticles().shouldNotHave(text("UN News"));
        Selenide.screenshot("dashboard-1400-landed");

        DashboardPage again = DashboardPage.open(team.projectId());
        again.open(again.reviewer(team.reviewer(), "IN_PROGRESS"));
        webdriver().shouldHave(urlContaining("assignee=" + team.reviewer()));
        again.listAssigneeFilter().shouldHave(com.codeborne.selenide.Condition.value("reviewer Tester"));
        again.listStatusFilter().shouldHave(text("In progress"));
        again.listArticles().shouldHave(text("UN News"));
        again.listArticles().shouldNotHave(text("Arab News"));
    }

    @Test
    void anEmptyProjectSaysWhatWillShowInsteadOfEmptyCharts() {
        long empty = data.project(team.lead());
        login(team.lead());
        DashboardPage page = DashboardPage.open(empty);
        page.empty().shouldBe(visible).shouldHave(text("no articles"));
        page.chart("status").shouldNot(exist);
        viewport(390, 844, false);
        Selenide.screenshot("dashboard-390-empty");
        page.backToProject();
        Selenide.screenshot("dashboard-390-project-links");
    }

    /** The page's viewport in CSS pixels and its colour scheme, as Chromium's DevTools can set them. */
    private static void viewport(int width, int height, boolean dark) {
        org.openqa.selenium.WebDriver driver = com.codeborne.selenide.WebDriverRunner.getWebDriver();
        while (!(driver instanceof org.openqa.selenium.chromium.HasCdp) && driver instanceof org.openqa.selenium.WrapsDriver w) {
            driver = w.getWrappedDriver();
        }
        org.openqa.selenium.chromium.HasCdp cdp = (org.openqa.selenium.chromium.HasCdp) driver;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        Selenide.Wait().until(d -> ((Number) js("return window.innerWidth")).intValue() == width);
    }
}
