package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.time.Duration;

import static com.codeborne.selenide.Condition.attributeMatching;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer computes the suggestions of the demo coverage, accepts a quote with its proposed
 * speaker, rejects a figure from the keyboard, accepts a proposed contradiction, and reads the
 * claims matrix with the injured counts flagged.
 */
class SuggestionsIT extends BrowserTest {

    Team team;
    long arabNews;

    @BeforeEach
    void demoCoverage() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        data.fixtureArticle(team.projectId(), team.lead(), "002-republic-world.txt", "Republic World");
        data.fixtureArticle(team.projectId(), team.lead(), "003-reworded-copy.txt", "Reworded copy");
        data.fixtureArticle(team.projectId(), team.lead(), "004-organization-for-world-peace.txt", "OWP");
    }

    private static void choose(String selectId, String option) {
        $("#" + selectId).click();
        $$("vaadin-select-item").filterBy(visible).findBy(text(option)).click();
    }

    private static void openRow(String words) {
        // Rows below the grid's fold are scrolled into its view first, as a user would.
        $$("#suggestions vaadin-grid-cell-content").findBy(text(words)).shouldBe(visible)
                .scrollIntoView("{block: 'center'}").click();
    }

    @Test
    void reviewTheSuggestionsOfTheDemoCoverage() {
        login(team.reviewer());
        Selenide.open("/projects/" + team.projectId());
        $("#open-suggestions").click();
        $("#run-status").shouldHave(text("Not computed yet."));
        $("#run-suggestions").click();
        $("#run-status").shouldHave(text("proposed"), Duration.ofSeconds(60));

        // A quote, accepted with the speaker the engine proposed.
        choose("filter-kind", "Quotes");
        openRow("It’s important that there be a stop to the violence");
        $("#suggestion-speaker input").shouldHave(value("Stephane Dujarric"));
        // The words the engine read as the speaker, with a link to them in the article.
        $("#suggestion-speaker-mention").shouldHave(text("Named in the text as “"), text("Dujarric"));
        $("#suggestion-speaker-mention-link").shouldHave(attributeMatching("href", ".*/articles/\\d+\\?at=\\d+-\\d+"));
        $("#accept-suggestion").click();
        notification("Quote saved.").shouldBe(visible);
        $$("#suggestions vaadin-grid-cell-content").findBy(text("It’s important that there be a stop")).shouldNot(exist);

        // A figure, rejected from the keyboard (R in the list).
        choose("filter-kind", "Figures");
        openRow("near-doubling");
        $("#suggestion-text").shouldHave(text("following a near-doubling of fuel prices"));
        Selenide.actions().sendKeys("r").perform();
        notification("Suggestion rejected.").shouldBe(visible);
        choose("filter-status", "Rejected");
        $$("#suggestions vaadin-grid-cell-content").findBy(text("near-doubling")).shouldBe(visible);

        // A contradiction across outlets, accepted as proposed.
        choose("filter-status", "Pending");
        choose("filter-kind", "Contradictions");
        openRow("Injured:");
        $("#suggestion-explanation").shouldHave(text("Arab News Outlet: more than 1,000 people injured"))
                .shouldHave(text("UN News Outlet: almost 1,000 people injured"));
        $("#accept-suggestion").click();
        notification("Contradiction linked.").shouldBe(visible);
        Selenide.open("/projects/" + team.projectId() + "/contradictions");
        $$("#contradictions vaadin-grid-cell-content").findBy(text("Injured: Arab News Outlet")).shouldBe(visible);

        // The accepted quote is an annotation in the reader; the remaining suggestions are dashed marks,
        // hidden with one toggle.
        ReaderPage reader = ReaderPage.open(arabNews);
        $$("#article-text mark.hl.k-quote").findBy(text("It’s important that there be a stop")).shouldBe(visible);
        $$("#article-text mark.hl.k-suggestion").findBy(text("Lethal force")).shouldBe(visible);
        $("#annotation-list").shouldHave(text("Stephane Dujarric")).shouldNotHave(text("Lethal force"));
        $("#filter-suggestions").click();
        $$("#article-text mark.hl.k-suggestion").shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
        reader.text().shouldBe(visible);

        // The claims matrix: the outlets' injured counts side by side, the row flagged.
        Selenide.open("/projects/" + team.projectId() + "/claims");
        $$("#claims vaadin-grid-cell-content").findBy(text("⚑ injured")).shouldBe(visible);
        $$("#claims vaadin-grid-cell-content").findBy(text("almost 1,000")).shouldBe(visible);
        $$("#claims vaadin-grid-cell-content").findBy(text("more than 1,000")).shouldBe(visible);
        $$("#claims vaadin-grid-cell-content").findBy(text("deaths (police)")).shouldNotHave(text("⚑"));
    }

    @Test
    void aRewordedCopyOpensBesideItsOriginalParagraphByParagraph() {
        org.crosscheck.TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
        login(team.observer());
        Selenide.open("/projects/" + team.projectId() + "/suggestions");
        // Outlet names are isolated for bidirectional text, so the sentence is checked in its parts.
        $("#near-duplicates").shouldHave(text("Reworded copy Outlet"), text("is a near-duplicate of"),
                text("Arab News Outlet"), text("(100% alike)"));
        $("#near-duplicates a").click();
        $("#aligned-paragraphs").shouldBe(visible);
        $$("#aligned-paragraphs .diff-changed").findBy(text("sad")).shouldBe(visible);
        $$("#aligned-paragraphs .diff-changed").findBy(text("aggrieved")).shouldBe(visible);
        $("#aligned-view").click();
        $("#aligned-paragraphs").shouldNotBe(visible);
        $("#left-text").shouldBe(visible);
    }

    @Test
    void anObserverSeesTheSuggestionsButCannotDecide() {
        org.crosscheck.TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
        login(team.observer());
        Selenide.open("/projects/" + team.projectId() + "/suggestions");
        $("#run-suggestions").shouldNot(exist);
        choose("filter-kind", "Quotes");
        openRow("It’s important that there be a stop");
        $("#suggestion-speaker input").shouldBe(visible);
        $("#accept-suggestion").shouldNot(exist);
        Selenide.actions().sendKeys(Keys.chord("a")).perform();
        $$("#suggestions vaadin-grid-cell-content").findBy(text("It’s important that there be a stop")).shouldBe(visible);
    }

    @Test
    void atADesktopWidthTheDecisionStaysInViewBesideTheList() {
        org.crosscheck.TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
        login(team.reviewer());
        viewport(1400, 900, false);
        Selenide.open("/projects/" + team.projectId() + "/suggestions");
        choose("filter-kind", "Figures");
        openRow("near-doubling");
        $("#accept-suggestion").shouldBe(visible);
        screenshot("suggestions-1400-light");
        assertDecisionInViewAndNothingOverflows();

        // A contradiction has the longest panel (its explanation, both sides, category and note).
        choose("filter-kind", "Contradictions");
        openRow("Injured:");
        $("#accept-suggestion").shouldBe(visible);
        assertDecisionInViewAndNothingOverflows();
        viewport(1400, 900, true);
        screenshot("suggestions-1400-dark");

        // A phone: list and panel stacked, the panel under the list, still nothing wider than the screen.
        viewport(390, 844, true);
        $("#accept-suggestion").shouldBe(visible);
        // The list keeps the kind and the words, readable without scrolling it sideways.
        Selenide.Wait().until(d -> (Boolean) js("""
                const cell = Array.from(document.querySelectorAll('#suggestions vaadin-grid-cell-content'))
                    .find(c => c.textContent.startsWith('Injured:'));
                const r = cell && cell.getBoundingClientRect();
                return !!r && r.width > 120 && r.left >= 0 && r.right <= window.innerWidth;"""));
        screenshot("suggestions-390-dark");
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat((Boolean) js("""
                const list = document.querySelector('#suggestions').getBoundingClientRect();
                const panel = document.querySelector('#suggestion-details').getBoundingClientRect();
                return panel.top >= list.bottom - 1 && panel.width >= 300;""")).as("the panel under the list").isTrue();
        viewport(390, 844, false);
        screenshot("suggestions-390-light");
        $("#suggestion-details").scrollIntoView(true);
        screenshot("suggestions-390-light-panel");
    }

    /** Accept, Reject and the panel are inside the window without scrolling the page; no horizontal scroll. */
    private static void assertDecisionInViewAndNothingOverflows() {
        assertThat((Number) js("return window.scrollY")).as("the page was not scrolled").isEqualTo(0L);
        for (String id : java.util.List.of("accept-suggestion", "reject-suggestion", "suggestion-details")) {
            assertThat((Boolean) js("""
                    const r = document.getElementById(arguments[0]).getBoundingClientRect();
                    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;""", id))
                    .as(id + " inside the 1400x900 window").isTrue();
        }
        assertThat((Boolean) js("""
                const list = document.querySelector('#suggestions').getBoundingClientRect();
                const panel = document.querySelector('#suggestion-details').getBoundingClientRect();
                return panel.left >= list.right - 1 && panel.top < list.bottom;""")).as("the panel beside the list").isTrue();
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the window").isTrue();
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

    private static void screenshot(String name) {
        Selenide.screenshot(name);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.crosscheck.suggest.SuggestionRunner runner;
}
