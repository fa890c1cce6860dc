package org.crosscheck.bench;

import com.codeborne.selenide.WebDriverRunner;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/**
 * Takes the screenshots of the README and docs/ from the demo project (run with {@code mvn -Pproduction,bench verify}):
 * docs/screenshots/*.png. Not part of the test suite.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "crosscheck.demo=true")
class ReadmeScreenshotsIT extends BrowserTest {

    @Test
    void screenshots() throws IOException {
        login("ravi", "demo-password");
        $("#projects").shouldHave(text("Kazakhstan unrest"));
        save("projects");
        $$("#projects vaadin-grid-cell-content").findBy(text("Kazakhstan unrest")).click();
        $("#articles").shouldHave(text("Arab News"));
        save("project");
        $$("#articles a.article-link").findBy(text("choose peace over violence")).click();
        $("cc-article-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(30));
        $$("cc-article-text mark.hl").findBy(text("More than 1,000 people")).click();
        $("#details-summary").shouldBe(visible);
        js("document.querySelector('#reader-scroller').scrollTop = 0");
        save("reader");

        $$("cc-article-text mark.hl").findBy(text("More than 1,000 people")).click();
        $("#open-compare").click();
        $("#left-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(30));
        $("#right-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(30));
        $("#compare-details").shouldHave(text("Figure mismatch"));
        save("compare");
        $("#open-contradictions-from-compare").click();
        $("#contradictions").shouldHave(text("Name / spelling"));
        save("contradictions");
        String contradictionsUrl = WebDriverRunner.url();
        String projectId = contradictionsUrl.replaceAll(".*/projects/([0-9]+)/.*", "$1");

        com.codeborne.selenide.Selenide.open("/account");
        $("#token-name input").setValue("nightly scraper");
        $("#create-token").click();
        $("#close-new-token").click();
        $("#tokens").shouldHave(text("nightly scraper"));
        save("account");

        com.codeborne.selenide.Selenide.open("/projects/" + projectId + "/search?q=police");
        $("#search-summary").shouldHave(text("places in"));
        save("search");


        // The same screens in dark, as the user menu's switch (or a dark system) shows them.
        $("#current-user").click();
        $$("vaadin-menu-bar-item, vaadin-context-menu-item").filterBy(visible).findBy(text("Appearance")).click();
        $("#appearance-dark").shouldBe(visible).click();
        $("html").shouldHave(attribute("theme", "dark"));
        $$(".search-snippet").first().click();
        $("cc-article-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(30));
        // The search selected its words, and the toolbar for them sits over the next line: put it away first.
        com.codeborne.selenide.Selenide.actions().sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        js("window.getSelection().removeAllRanges()");
        $$("cc-article-text mark.hl").findBy(text("1,000 people")).scrollIntoView("{block: 'center'}").click();
        $("#details-summary").shouldBe(visible);
        save("reader-dark");
        $("#open-compare").click();
        $("#left-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(30));
        $("#compare-details").shouldHave(text("Figure mismatch"));
        save("compare-dark");

        // A lead's export page, and the report it makes, opened in the browser.
        com.codeborne.selenide.Selenide.clearBrowserCookies();
        login("lena", "demo-password");
        com.codeborne.selenide.Selenide.open("/projects/" + projectId + "/exchange");
        $("#export-section").shouldBe(visible);
        save("exchange");
        $("#export-format").$$("vaadin-radio-button").findBy(text("Report")).click();
        $("#export-format-hint").shouldHave(text("print to PDF"));
        java.io.File report = $("#export-download").download();
        com.codeborne.selenide.Selenide.open(report.toURI().toString());
        $("#contradictions").shouldBe(visible);
        js("document.getElementById('contradictions').scrollIntoView()");
        save("report");

        // An administrator's Users and Audit screens.
        com.codeborne.selenide.Selenide.clearBrowserCookies();
        login("admin", "admin-test-password");
        $("#nav-users").shouldBe(visible, Duration.ofSeconds(30)).click();
        $$("#users vaadin-grid-cell-content").findBy(text("lena")).click();
        $("#user-memberships").shouldHave(text("Kazakhstan unrest"));
        save("users");
        $("#nav-audit").click();
        $("#audit-action input").setValue("annotation.");
        $$("#audit-grid vaadin-grid-cell-content").findBy(text("annotation.created")).click();
        $("#audit-diff").shouldBe(visible);
        $("#audit-verify").click();
        $("#audit-verify-result").shouldHave(text("intact"));
        save("audit");

        com.codeborne.selenide.Selenide.clearBrowserCookies();
        login("ravi", "demo-password");
        // Suggestions computed for the demo project, one quote under review; then the claims matrix.
        com.codeborne.selenide.Selenide.open("/projects/" + projectId + "/suggestions");
        $("#run-suggestions").click();
        $("#run-status").shouldHave(text("proposed"), Duration.ofSeconds(60));
        $$("#suggestions vaadin-grid-cell-content").findBy(text("Quote")).click();
        $("#suggestion-speaker").shouldBe(visible);
        save("suggestions");
        $("#open-claims").click();
        $("#claims").shouldHave(text("injured"));
        save("claims");
        $("#open-timeline-from-claims").click();
        $("#timeline-chart canvas").shouldBe(visible);
        save("timeline");
        $("#open-claims-from-timeline").click();
        $("#claims").shouldHave(text("injured"));
        $("#open-suggestions-from-claims").click();
        $("#near-duplicates a").click();
        $("#aligned-paragraphs").shouldBe(visible);
        save("aligned");
    }

    @Test
    void timelineScreenshot() throws IOException {
        login("ravi", "demo-password");
        $$("#projects vaadin-grid-cell-content").findBy(text("Kazakhstan unrest")).click();
        $("#open-suggestions").click();
        $("#run-suggestions").click();
        $("#run-status").shouldHave(text("proposed"), Duration.ofSeconds(60));
        $("#open-claims").click();
        $("#open-timeline-from-claims").click();
        $("#timeline-chart canvas").shouldBe(visible);
        save("timeline");
    }

    @Test
    void suggestionsScreenshot() throws IOException {
        login("ravi", "demo-password");
        $$("#projects vaadin-grid-cell-content").findBy(text("Kazakhstan unrest")).click();
        $("#open-suggestions").click();
        $("#run-suggestions").click();
        $("#run-status").shouldHave(text("proposed"), Duration.ofSeconds(60));
        $$("#suggestions vaadin-grid-cell-content").findBy(text("Dujarric")).click();
        $("#suggestion-speaker-mention").shouldBe(visible);
        save("suggestions");
    }

    private static void save(String name) throws IOException {
        byte[] png = ((TakesScreenshot) WebDriverRunner.getWebDriver()).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(Path.of("docs/screenshots"));
        Files.write(Path.of("docs/screenshots/" + name + ".png"), png);
    }
}
