package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import java.time.Duration;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;

/** A project's trash (leads): what was deleted, each with a Restore button; the message a restore leaves. */
final class TrashPage extends PageInBrowser {

    private TrashPage(SelenideDriver browser) {
        super(browser);
    }

    /** Reaches the trash the way a lead does: the project page's Trash link. */
    static TrashPage fromProject(long projectId) {
        Selenide.open("/projects/" + projectId);
        TrashPage page = new TrashPage(null);
        page.el("#open-trash").shouldBe(visible, Duration.ofSeconds(30)).click();
        return page.ready();
    }

    static TrashPage open(long projectId) {
        Selenide.open("/projects/" + projectId + "/trash");
        return new TrashPage(null).ready();
    }

    TrashPage ready() {
        el("#trash").shouldBe(visible, Duration.ofSeconds(30));
        return this;
    }

    ElementsCollection items() {
        return all("#trash .trash-row");
    }

    /** The item whose row shows {@code words}. */
    SelenideElement item(String words) {
        return items().findBy(text(words));
    }

    /** Restores the item whose row shows {@code words}. */
    TrashPage restore(String words) {
        item(words).find(".trash-restore").click();
        return this;
    }

    /** What the last restore said: done (with a link to it) or refused, and why. */
    SelenideElement message() {
        return el("#trash-refusal");
    }

    /** The empty trash's message. */
    SelenideElement empty() {
        return el("#trash-empty");
    }

    /** Follows the link to what was just restored, in the reader. */
    ReaderPage openRestored() {
        el("#trash-restored-link").shouldBe(visible).click();
        return new ReaderPage().ready();
    }
}
