package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;

/** The Audit screen, in whichever browser (the administrator's is usually a second one). */
final class AuditPage extends PageInBrowser {

    private AuditPage(SelenideDriver browser) {
        super(browser);
    }

    static AuditPage of(SelenideDriver browser) {
        return new AuditPage(browser);
    }

    /** The Audit screen's parts in the test's own browser. */
    static AuditPage here() {
        return new AuditPage(null);
    }

    /** Shows only what {@code username} did. */
    AuditPage byActor(String username) {
        el("#audit-actor input").setValue(username);
        return this;
    }

    SelenideElement entries() {
        return el("#audit-grid");
    }

    /** Shows the details of the entry whose row shows {@code rowText}. */
    AuditPage openEntry(String rowText) {
        all("#audit-grid vaadin-grid-cell-content").findBy(text(rowText)).click();
        return this;
    }

    /** What the entry shown changed. */
    SelenideElement diff() {
        return el("#audit-diff");
    }

    /** Who made the entry shown, and how. */
    SelenideElement who() {
        return el("#audit-detail-who");
    }

    /** The button that verifies the audit chain: administrators only. */
    SelenideElement verifyButton() {
        return el("#audit-verify");
    }
}
