package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.interactions.Actions;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

/** The curation screen of an article: agreement figures, places, and the keys a lead decides with. */
class CurationPage {

    static CurationPage open(long articleId) {
        Selenide.open("/articles/" + articleId + "/curate");
        $("#curate-places").shouldBe(visible);
        return new CurationPage();
    }

    /** Through a link already on the page (the project list's Curate). */
    static CurationPage through(SelenideElement link) {
        link.click();
        $("#curate-places").shouldBe(visible);
        return new CurationPage();
    }

    SelenideElement agreement() {
        return $("#curate-agreement");
    }

    /** "3 places · 1 agreed · 2 to decide · …". */
    SelenideElement counts() {
        return $("#curate-counts");
    }

    SelenideElement shown() {
        return $("#curate-place");
    }

    SelenideElement notice() {
        return $("#curate-notice");
    }

    CurationPage acceptAgreements() {
        $("#curate-accept-agreements").shouldBe(visible).click();
        return this;
    }

    /** Focuses the list on the place shown and types keys there: J, K, 1, 2…, 0. */
    CurationPage keys(String keys) {
        String text = shown().$("h3").shouldBe(visible).getText();
        // The list shows the same words (it shortens only texts longer than these tests use).
        $("#curate-places").$$("vaadin-grid-cell-content").findBy(exactText(text)).click();
        new Actions(com.codeborne.selenide.WebDriverRunner.getWebDriver()).sendKeys(keys).perform();
        return this;
    }
}
