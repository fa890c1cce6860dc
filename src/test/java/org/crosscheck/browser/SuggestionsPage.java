package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import java.time.Duration;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;

/** A project's Suggestions page as a test drives it, in whichever browser (one per user). */
final class SuggestionsPage {

    private final SelenideDriver browser;

    private SuggestionsPage(SelenideDriver browser) {
        this.browser = browser;
    }

    static SuggestionsPage open(SelenideDriver browser, long projectId) {
        browser.open("/projects/" + projectId + "/suggestions");
        browser.$("#suggestions").shouldBe(visible, Duration.ofSeconds(30));
        return new SuggestionsPage(browser);
    }

    SuggestionsPage choose(String selectId, String option) {
        browser.$("#" + selectId).click();
        browser.$$("vaadin-select-item").filterBy(visible).findBy(text(option)).click();
        return this;
    }

    /** The grid's row showing {@code words}. */
    SelenideElement row(String words) {
        return browser.$$("#suggestions vaadin-grid-cell-content").findBy(text(words));
    }

    /**
     * Shows the suggestion of the row: clicks it (the keyboard focus is then in the list), scrolled
     * into the grid's view first as a user would; unless the panel shows it already (a click on the
     * selected row would unselect it).
     */
    SuggestionsPage openRow(String words) {
        if (browser.$$("#suggestion-text").filterBy(text(words)).isEmpty()) {
            row(words).shouldBe(visible).scrollIntoView("{block: 'center'}").click();
        }
        browser.$("#suggestion-text").shouldHave(text(words));
        return this;
    }

    /** The words of the suggestion the panel shows. */
    SelenideElement shown() {
        return browser.$("#suggestion-text");
    }

    SelenideElement acceptButton() {
        return browser.$("#accept-suggestion");
    }

    SelenideElement rejectButton() {
        return browser.$("#reject-suggestion");
    }

    /** The panel's line saying the shown suggestion is decided, and by whom. */
    SelenideElement status() {
        return browser.$("#suggestion-status");
    }

    /** The panel's message when a decision was refused. */
    SelenideElement refusal() {
        return browser.$("#suggestion-refused");
    }

    /** A key pressed wherever the focus is (in the list after a row was clicked). */
    void press(String key) {
        browser.driver().actions().sendKeys(key).perform();
    }

    SelenideElement notification(String message) {
        return browser.$$("vaadin-notification-card").findBy(text(message));
    }

    SelenideElement anyNotification() {
        return browser.$("vaadin-notification-card");
    }
}
