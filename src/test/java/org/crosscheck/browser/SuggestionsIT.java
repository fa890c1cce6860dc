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

    @Test
    void reviewTheSuggestionsOfTheDemoCoverage() {
        login(team.reviewer());
        SuggestionsPage page = ProjectPage.open(team.projectId()).openSuggestions();
        page.runStatus().shouldHave(text("Not computed yet."));
        page.run();
        page.runStatus().shouldHave(text("proposed"), Duration.ofSeconds(60));

        // A quote, accepted with the speaker the engine proposed.
        page.choose("filter-kind", "Quotes");
        page.clickRow("It’s important that there be a stop to the violence");
        page.speaker().shouldHave(value("Stephane Dujarric"));
        // The words the engine read as the speaker, with a link to them in the article.
        page.speakerMention().shouldHave(text("Named in the text as “"), text("Dujarric"));
        page.speakerMentionLink().shouldHave(attributeMatching("href", ".*/articles/\\d+\\?at=\\d+-\\d+"));
        page.acceptButton().click();
        page.notification("Quote saved.").shouldBe(visible);
        page.row("It’s important that there be a stop").shouldNot(exist);

        // A figure, rejected from the keyboard (R in the list).
        page.choose("filter-kind", "Figures");
        page.clickRow("near-doubling");
        page.shown().shouldHave(text("following a near-doubling of fuel prices"));
        page.press("r");
        page.notification("Suggestion rejected.").shouldBe(visible);
        page.choose("filter-status", "Rejected");
        page.row("near-doubling").shouldBe(visible);

        // A contradiction across outlets, accepted as proposed.
        page.choose("filter-status", "Pending");
        page.choose("filter-kind", "Contradictions");
        page.clickRow("Injured:");
        page.explanation().shouldHave(text("Arab News Outlet: more than 1,000 people injured"))
                .shouldHave(text("UN News Outlet: almost 1,000 people injured"));
        page.acceptButton().click();
        page.notification("Contradiction linked.").shouldBe(visible);
        ContradictionsPage.open(team.projectId()).row("Injured: Arab News Outlet").shouldBe(visible);

        // The accepted quote is an annotation in the reader; the remaining suggestions are dashed marks,
        // hidden with one toggle.
        ReaderPage reader = ReaderPage.open(arabNews);
        SuggestionsPage inReader = SuggestionsPage.inReader();
        inReader.acceptedQuoteInText("It’s important that there be a stop").shouldBe(visible);
        inReader.markInText("Lethal force").shouldBe(visible);
        reader.list().shouldHave(text("Stephane Dujarric")).shouldNotHave(text("Lethal force"));
        inReader.toggleInText();
        inReader.marksInText().shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
        reader.text().shouldBe(visible);

        // The claims matrix: the outlets' injured counts side by side, the row flagged.
        ClaimsPage claims = ClaimsPage.open(team.projectId());
        claims.cell("⚑ injured").shouldBe(visible);
        claims.cell("almost 1,000").shouldBe(visible);
        claims.cell("more than 1,000").shouldBe(visible);
        claims.cell("deaths (police)").shouldNotHave(text("⚑"));
    }

    @Test
    void aRewordedCopyOpensBesideItsOriginalParagraphByParagraph() {
        org.crosscheck.TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
        login(team.observer());
        SuggestionsPage page = SuggestionsPage.open(team.projectId());
        // Outlet names are isolated for bidirectional text, so the sentence is checked in its parts.
        page.nearDuplicates().shouldHave(text("Reworded copy Outlet"), text("is a near-duplicate of"),
                text("Arab News Outlet"), text("(100% alike)"));
        ComparePage aligned = page.openNearDuplicate();
        aligned.alignedParagraphs().shouldBe(visible);
        aligned.changeInAlignedParagraphs("sad").shouldBe(visible);
        aligned.changeInAlignedParagraphs("aggrieved").shouldBe(visible);
        aligned.toggleAlignedView();
        aligned.alignedParagraphs().shouldNotBe(visible);
        aligned.leftText().shouldBe(visible);
    }

    @Test
    void anObserverSeesTheSuggestionsButCannotDecide() {
        org.crosscheck.TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
        login(team.observer());
        SuggestionsPage page = SuggestionsPage.open(team.projectId());
        page.runButton().shouldNot(exist);
        page.choose("filter-kind", "Quotes");
        page.clickRow("It’s important that there be a stop");
        page.speaker().shouldBe(visible);
        page.acceptButton().shouldNot(exist);
        page.press(Keys.chord("a"));
        page.row("It’s important that there be a stop").shouldBe(visible);
    }

    @Test
    void atADesktopWidthTheDecisionStaysInViewBesideTheList() {
        org.crosscheck.TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
        login(team.reviewer());
        viewport(1400, 900, false);
        SuggestionsPage page = SuggestionsPage.open(team.projectId());
        page.choose("filter-kind", "Figures");
        page.clickRow("near-doubling");
        page.acceptButton().shouldBe(visible);
        screenshot("suggestions-1400-light");
        assertDecisionInViewAndNothingOverflows(page);

        // A contradiction has the longest panel (its explanation, both sides, category and note).
        page.choose("filter-kind", "Contradictions");
        page.clickRow("Injured:");
        page.acceptButton().shouldBe(visible);
        assertDecisionInViewAndNothingOverflows(page);
        viewport(1400, 900, true);
        screenshot("suggestions-1400-dark");

        // A phone: list and panel stacked, the panel under the list, still nothing wider than the screen.
        viewport(390, 844, true);
        page.acceptButton().shouldBe(visible);
        // The list keeps the kind and the words, readable without scrolling it sideways.
        Selenide.Wait().until(d -> page.rowReadable("Injured:"));
        screenshot("suggestions-390-dark");
        assertThat(page.nothingWiderThanTheWindow()).isTrue();
        assertThat(page.panelUnderTheList()).as("the panel under the list").isTrue();
        viewport(390, 844, false);
        screenshot("suggestions-390-light");
        page.panel().scrollIntoView(true);
        screenshot("suggestions-390-light-panel");
    }

    /** Accept, Reject and the panel are inside the window without scrolling the page; no horizontal scroll. */
    private static void assertDecisionInViewAndNothingOverflows(SuggestionsPage page) {
        assertThat(page.pageScrolled()).as("the page was not scrolled").isEqualTo(0L);
        for (String id : java.util.List.of("accept-suggestion", "reject-suggestion", "suggestion-details")) {
            assertThat(page.insideTheWindow(id)).as(id + " inside the 1400x900 window").isTrue();
        }
        assertThat(page.panelBesideTheList()).as("the panel beside the list").isTrue();
        assertThat(page.nothingWiderThanTheWindow()).as("nothing wider than the window").isTrue();
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
