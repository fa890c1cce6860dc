package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.interactions.Actions;

import static com.codeborne.selenide.Condition.disappear;
import static com.codeborne.selenide.Condition.visible;

/**
 * An article's Check screen: the list of its annotations and contradictions, the one shown beside
 * it with its outcome, and the keys a checker decides with. Works in the test's own browser or in
 * another one (the author's).
 */
class CheckPage extends PageInBrowser {

    private CheckPage(SelenideDriver browser) {
        super(browser);
    }

    static CheckPage open(SelenideDriver browser, long articleId) {
        CheckPage page = new CheckPage(browser);
        if (browser == null) {
            Selenide.open("/articles/" + articleId + "/check");
        } else {
            browser.open("/articles/" + articleId + "/check");
        }
        page.list().shouldBe(visible);
        return page;
    }

    /** The Check link of the reader's tools. */
    static CheckPage fromReader(SelenideDriver browser) {
        CheckPage page = new CheckPage(browser);
        page.el("#reader-check").click();
        page.list().shouldBe(visible);
        return page;
    }

    SelenideElement list() {
        return el("#check-list");
    }

    /** "2 to check · 1 approved · …". */
    SelenideElement counts() {
        return el("#check-counts");
    }

    /** The thing shown beside the list, with its outcome. */
    SelenideElement shown() {
        return el("#check-item");
    }

    SelenideElement outcome() {
        return el("#check-outcome");
    }

    /** Why deciding is not open (not ready for review, or not a checker), when it is not. */
    SelenideElement notice() {
        return el("#check-notice");
    }

    SelenideElement approveButton() {
        return el("#check-approve");
    }

    /** Focuses the list (a click on the text of the row shown) and types keys there, as a checker does. */
    CheckPage keys(String keys) {
        String shownText = shown().$("h3").shouldBe(visible).getText();
        list().$$("vaadin-grid-cell-content").findBy(com.codeborne.selenide.Condition.exactText(shownText)).click();
        new Actions(driver()).sendKeys(keys).perform();
        return this;
    }

    /** C or R, then the words in the dialog, then its button. */
    CheckPage decideWithWords(String key, String words) {
        keys(key);
        el("#check-dialog").shouldBe(visible);
        el("#check-words textarea").setValue(words);
        el("#check-save").click();
        el("#check-dialog").should(disappear);
        return this;
    }

    /** The same, but only as far as the refusal on the field. */
    SelenideElement refusedWords(String key) {
        keys(key);
        el("#check-dialog").shouldBe(visible);
        el("#check-save").click();
        return el("#check-words");
    }

    void cancelDialog() {
        el("#check-cancel").click();
        el("#check-dialog").should(disappear);
    }
}
