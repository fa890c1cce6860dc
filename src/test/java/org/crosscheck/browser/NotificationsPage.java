package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.visible;

/** The bell in the top bar and the Notifications page it opens. Works in the test's own browser or in another one. */
class NotificationsPage extends PageInBrowser {

    NotificationsPage(SelenideDriver browser) {
        super(browser);
    }

    /** The bell of whatever page is open. */
    SelenideElement bell() {
        return el("#notification-bell");
    }

    /** The unread count on the bell (hidden when none). */
    SelenideElement count() {
        return el("#notification-count");
    }

    /** Clicks the bell: the Notifications page. */
    NotificationsPage open() {
        bell().click();
        list().shouldBe(visible);
        return this;
    }

    SelenideElement list() {
        return el("#notifications");
    }

    ElementsCollection items() {
        return all("#notifications .notification");
    }

    SelenideElement emailChoice() {
        return el("#notifications-email");
    }

    NotificationsPage chooseEmail(String label) {
        emailChoice().$$("vaadin-radio-button").findBy(com.codeborne.selenide.Condition.text(label)).click();
        return this;
    }
}
