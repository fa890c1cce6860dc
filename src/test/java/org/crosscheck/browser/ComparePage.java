package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** The compare view, as a test drives it: two texts, the spans picked in each, linking, details. */
class ComparePage {

    final ReaderPage left = new ReaderPage("#left-text");
    final ReaderPage right = new ReaderPage("#right-text");

    static ComparePage open(long leftArticleId, long rightArticleId) {
        Selenide.open("/compare/" + leftArticleId + "/" + rightArticleId);
        return new ComparePage().ready();
    }

    ComparePage ready() {
        left.ready();
        right.ready();
        return this;
    }

    SelenideElement leftPending() {
        return $("#left-pending");
    }

    SelenideElement rightPending() {
        return $("#right-pending");
    }

    /** Opens the link dialog with the button (the C key is {@code left.press("c")}). */
    LinkDialog link() {
        $("#link-contradiction").click();
        return new LinkDialog();
    }

    SelenideElement linkButton() {
        return $("#link-contradiction");
    }

    SelenideElement details() {
        return $("#compare-details");
    }

    /** Shows another article of the project in the right column. */
    ComparePage showOnTheRight(String title, String textItHas) {
        $("#right-article").click();
        $$("vaadin-select-item").findBy(text(title)).click();
        $("#right-text .cc-body").shouldHave(text(textItHas));
        right.ready();
        return this;
    }

    /** The dialog that makes a contradiction of the picked spans or adds them to one. */
    static class LinkDialog {

        LinkDialog() {
            $("#link-dialog").shouldBe(visible);
        }

        SelenideElement category() {
            return $("#link-category");
        }

        LinkDialog note(String note) {
            $("#link-note textarea").setValue(note);
            return this;
        }

        LinkDialog addToExisting(String headlineText) {
            $$("#link-mode vaadin-radio-button").findBy(text("Add to an existing one")).click();
            $("#link-existing input").click();
            $$("vaadin-combo-box-item").findBy(text(headlineText)).click();
            return this;
        }

        void save() {
            $("#save-contradiction").click();
        }
    }
}
