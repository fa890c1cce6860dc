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

    /** Confirms the contradiction shown, with the reason a confirmation needs. */
    ComparePage confirm(String reason) {
        $("#status-confirmed").click();
        $("#status-reason textarea").setValue(reason);
        $("#save-status").click();
        return this;
    }

    /** The status of the contradiction shown. */
    SelenideElement status() {
        return $("#contradiction-status");
    }

    /** The message that one of the articles was deleted while open. */
    SelenideElement articleDeleted() {
        return $("#article-deleted");
    }

    /** The bar with the link button, or what it says to those who may not link. */
    SelenideElement linkBar() {
        return $(".link-bar");
    }

    SelenideElement leftText() {
        return $("#left-text");
    }

    SelenideElement rightText() {
        return $("#right-text");
    }

    /** On a narrow screen: the button that shows the right article instead of the left, named by its outlet. */
    SelenideElement showRightButton() {
        return $("#show-right");
    }

    /** On a narrow screen: shows the left article again. */
    ComparePage showLeft() {
        $("#show-left").click();
        return this;
    }

    double leftColumnWidth() {
        return ((Number) Selenide.executeJavaScript(
                "return document.querySelector('#left-scroller').getBoundingClientRect().width")).doubleValue();
    }

    double detailsHeight() {
        return ((Number) Selenide.executeJavaScript(
                "return document.querySelector('#compare-details').getBoundingClientRect().height")).doubleValue();
    }

    /** The button that confirms the contradiction shown ({@link #confirm} clicks it). */
    SelenideElement confirmedStatusButton() {
        return $("#status-confirmed");
    }

    /** Whether the confirm button is on screen and above the link bar, not under it. */
    Boolean confirmedStatusButtonAboveTheLinkBar() {
        return Selenide.executeJavaScript("""
                const r = document.querySelector('#status-confirmed').getBoundingClientRect();
                const bar = document.querySelector('.link-bar').getBoundingClientRect();
                return r.bottom <= bar.top && r.top >= 0;""");
    }

    /** Whether the right column's highlight containing {@code words} is scrolled into its view. */
    Boolean rightMarkInView(String words) {
        return Selenide.executeJavaScript("""
                const m = Array.from(document.querySelectorAll('#right-text mark.hl'))
                    .find(x => x.textContent.includes(arguments[0]));
                const box = document.querySelector('#right-scroller').getBoundingClientRect();
                const r = m.getBoundingClientRect();
                return r.top >= box.top && r.bottom <= box.bottom;""", words);
    }

    /** Switches synchronised scrolling on or off. */
    ComparePage toggleSyncScrolling() {
        $("#sync-scrolling").click();
        return this;
    }

    /** Scrolls the left column to its end (telling the page so, as a user's scrolling does); where the right column is then. */
    double scrollLeftToTheEndAndReadTheRight() {
        return ((Number) Selenide.executeJavaScript("""
                const s = document.querySelector('#left-scroller');
                s.scrollTop = s.scrollHeight;
                s.dispatchEvent(new Event('scroll'));
                return document.querySelector('#right-scroller').scrollTop;""")).doubleValue();
    }

    /** Whether the left column no longer carries the synchronising listener (frontend/sync-scroll.js). */
    Boolean syncScrollingOff() {
        return Selenide.executeJavaScript("return !document.querySelector('#left-scroller').__ccSync");
    }

    /** Scrolls the left column to its top, without telling the page. */
    ComparePage scrollLeftToTheTop() {
        Selenide.executeJavaScript("document.querySelector('#left-scroller').scrollTop = 0;");
        return this;
    }

    double leftScrollTop() {
        return ((Number) Selenide.executeJavaScript("return document.querySelector('#left-scroller').scrollTop")).doubleValue();
    }

    double rightScrollTop() {
        return ((Number) Selenide.executeJavaScript("return document.querySelector('#right-scroller').scrollTop")).doubleValue();
    }

    /** The two texts paragraph by paragraph (a near-duplicate beside its original). */
    SelenideElement alignedParagraphs() {
        return $("#aligned-paragraphs");
    }

    /** A changed part of the aligned paragraphs with {@code words}. */
    SelenideElement changeInAlignedParagraphs(String words) {
        return $$("#aligned-paragraphs .diff-changed").findBy(text(words));
    }

    /** Switches between the aligned paragraphs and the two texts. */
    ComparePage toggleAlignedView() {
        $("#aligned-view").click();
        return this;
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

        /** The dialog itself: still shown after a refused save. */
        SelenideElement element() {
            return $("#link-dialog");
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
