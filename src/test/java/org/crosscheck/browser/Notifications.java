package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** The toasts of the test's own browser (or another, where said), whichever page shows them. */
final class Notifications {

    private Notifications() {
    }

    /** The toast showing {@code message}. */
    static SelenideElement shown(String message) {
        return $$("vaadin-notification-card").findBy(text(message));
    }

    /** The toast showing {@code message} in another browser than the test's own (another user's). */
    static SelenideElement shown(SelenideDriver browser, String message) {
        return browser.$$("vaadin-notification-card").findBy(text(message));
    }

    /** Every toast showing {@code message}. */
    static ElementsCollection allShowing(String message) {
        return $$("vaadin-notification-card").filterBy(text(message));
    }

    /** The first toast, whatever it says. */
    static SelenideElement first() {
        return $("vaadin-notification-card");
    }
}
