package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import java.time.Duration;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;

/**
 * A project's Suggestions page as a test drives it, in whichever browser (one per user); and the
 * suggestions in the reader, whose panel is this page's.
 */
final class SuggestionsPage extends PageInBrowser {

    private SuggestionsPage(SelenideDriver browser) {
        super(browser);
    }

    static SuggestionsPage open(SelenideDriver browser, long projectId) {
        browser.open("/projects/" + projectId + "/suggestions");
        browser.$("#suggestions").shouldBe(visible, Duration.ofSeconds(30));
        return new SuggestionsPage(browser);
    }

    /** The page in the test's own browser. */
    static SuggestionsPage open(long projectId) {
        Selenide.open("/projects/" + projectId + "/suggestions");
        Selenide.$("#suggestions").shouldBe(visible, Duration.ofSeconds(30));
        return new SuggestionsPage(null);
    }

    /** Opens the page in the test's own browser without waiting for its list (its filters are there at once). */
    static SuggestionsPage visit(long projectId) {
        Selenide.open("/projects/" + projectId + "/suggestions");
        return new SuggestionsPage(null);
    }

    /** The page the test's own browser shows now (reached by a link), without waiting. */
    static SuggestionsPage here() {
        return new SuggestionsPage(null);
    }

    /** The suggestions of the reader the test's own browser shows: dashed marks, and this page's panel. */
    static SuggestionsPage inReader() {
        return new SuggestionsPage(null);
    }

    SuggestionsPage choose(String selectId, String option) {
        el("#" + selectId).click();
        all("vaadin-select-item").filterBy(visible).findBy(text(option)).click();
        return this;
    }

    /** The filter {@code filterId} ("filter-kind", "filter-status"): it shows what is chosen. */
    SelenideElement filter(String filterId) {
        return el("#" + filterId);
    }

    /** Chooses {@code option} in the filter {@code filterId} and waits until the filter shows it. */
    SuggestionsPage filterBy(String filterId, String option) {
        el("#" + filterId).click();
        all("vaadin-select-item").filterBy(visible).findBy(text(option)).click();
        el("#" + filterId).shouldHave(text(option));
        return this;
    }

    /** The grid's row showing {@code words}. */
    SelenideElement row(String words) {
        return all("#suggestions vaadin-grid-cell-content").findBy(text(words));
    }

    /** Clicks the row showing {@code words}, scrolled into the grid's view first as a user would. */
    SuggestionsPage clickRow(String words) {
        row(words).shouldBe(visible).scrollIntoView("{block: 'center'}").click();
        return this;
    }

    /**
     * Shows the suggestion of the row: clicks it (the keyboard focus is then in the list), scrolled
     * into the grid's view first as a user would; unless the panel shows it already (a click on the
     * selected row would unselect it).
     */
    SuggestionsPage openRow(String words) {
        if (all("#suggestion-text").filterBy(text(words)).isEmpty()) {
            row(words).shouldBe(visible).scrollIntoView("{block: 'center'}").click();
        }
        el("#suggestion-text").shouldHave(text(words));
        return this;
    }

    /** The words of the suggestion the panel shows. */
    SelenideElement shown() {
        return el("#suggestion-text");
    }

    SelenideElement acceptButton() {
        return el("#accept-suggestion");
    }

    SelenideElement rejectButton() {
        return el("#reject-suggestion");
    }

    /** The panel's line saying the shown suggestion is decided, and by whom. */
    SelenideElement status() {
        return el("#suggestion-status");
    }

    /** The panel's message when a decision was refused. */
    SelenideElement refusal() {
        return el("#suggestion-refused");
    }

    /** A key pressed wherever the focus is (in the list after a row was clicked). */
    void press(String key) {
        (browser == null ? Selenide.actions() : browser.driver().actions()).sendKeys(key).perform();
    }

    SelenideElement notification(String message) {
        return all("vaadin-notification-card").findBy(text(message));
    }

    SelenideElement anyNotification() {
        return el("vaadin-notification-card");
    }

    /** The line saying whether the suggestions are computed, and what the last run proposed. */
    SelenideElement runStatus() {
        return el("#run-status");
    }

    /** The button that computes the suggestions: for those who may decide them. */
    SelenideElement runButton() {
        return el("#run-suggestions");
    }

    SuggestionsPage run() {
        runButton().click();
        return this;
    }

    /** The speaker proposed for the quote shown. */
    SelenideElement speaker() {
        return el("#suggestion-speaker input");
    }

    /** The words the engine read as the speaker. */
    SelenideElement speakerMention() {
        return el("#suggestion-speaker-mention");
    }

    /** The link to those words in the article. */
    SelenideElement speakerMentionLink() {
        return el("#suggestion-speaker-mention-link");
    }

    /** Why a contradiction is proposed: each side's claim. */
    SelenideElement explanation() {
        return el("#suggestion-explanation");
    }

    /** The panel deciding the suggestion shown. */
    SelenideElement panel() {
        return el("#suggestion-details");
    }

    /** The near-duplicate articles found: each pair, and how alike. */
    SelenideElement nearDuplicates() {
        return el("#near-duplicates");
    }

    /** Opens the first near-duplicate beside its original, without waiting for the texts. */
    ComparePage openNearDuplicate() {
        el("#near-duplicates a").click();
        return new ComparePage();
    }

    /** Whether the list's cell starting with {@code words} is shown whole in the window, wide enough to read. */
    Boolean rowReadable(String words) {
        return js("""
                const cell = Array.from(document.querySelectorAll('#suggestions vaadin-grid-cell-content'))
                    .find(c => c.textContent.startsWith(arguments[0]));
                const r = cell && cell.getBoundingClientRect();
                return !!r && r.width > 120 && r.left >= 0 && r.right <= window.innerWidth;""", words);
    }

    /** Whether the element {@code id} is inside the window, as it is scrolled now. */
    Boolean insideTheWindow(String id) {
        return js("""
                const r = document.getElementById(arguments[0]).getBoundingClientRect();
                return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;""", id);
    }

    /** Whether the panel is beside the list (a wide window). */
    Boolean panelBesideTheList() {
        return js("""
                const list = document.querySelector('#suggestions').getBoundingClientRect();
                const panel = document.querySelector('#suggestion-details').getBoundingClientRect();
                return panel.left >= list.right - 1 && panel.top < list.bottom;""");
    }

    /** Whether the panel is under the list and at least 300 pixels wide (a phone). */
    Boolean panelUnderTheList() {
        return js("""
                const list = document.querySelector('#suggestions').getBoundingClientRect();
                const panel = document.querySelector('#suggestion-details').getBoundingClientRect();
                return panel.top >= list.bottom - 1 && panel.width >= 300;""");
    }

    /** Whether nothing of the page is wider than the window (no sideways scrolling). */
    Boolean nothingWiderThanTheWindow() {
        return js("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** How far the page is scrolled down. */
    Number pageScrolled() {
        return js("return window.scrollY");
    }

    /** In the reader: the dashed mark of the suggestion with {@code words}. */
    SelenideElement markInText(String words) {
        return all("#article-text mark.hl.k-suggestion").findBy(text(words));
    }

    /** In the reader: every dashed mark of a suggestion. */
    ElementsCollection marksInText() {
        return all("#article-text mark.hl.k-suggestion");
    }

    /** In the reader: the mark of an accepted quote with {@code words}, an annotation now. */
    SelenideElement acceptedQuoteInText(String words) {
        return all("#article-text mark.hl.k-quote").findBy(text(words));
    }

    /** In the reader: the switch that hides (or shows) the suggestions; {@code checked} while they are shown. */
    SelenideElement switchInText() {
        return el("#filter-suggestions");
    }

    /** In the reader: a suggestion's review, opened by a click on its mark. */
    SelenideElement reviewInText() {
        return el("#suggestion-review");
    }

    /** In the reader: the toggle that hides (or shows) the suggestions. */
    SuggestionsPage toggleInText() {
        el("#filter-suggestions").click();
        return this;
    }
}
