package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;

/** The Users screen of administrators, in whichever browser (the administrator's is usually a second one). */
final class AdminPage extends PageInBrowser {

    private AdminPage(SelenideDriver browser) {
        super(browser);
    }

    static AdminPage of(SelenideDriver browser) {
        return new AdminPage(browser);
    }

    /** The Users screen's parts in the test's own browser (to see that they are not there). */
    static AdminPage here() {
        return new AdminPage(null);
    }

    SelenideElement users() {
        return el("#users");
    }

    /** Opens the new-user form, fills it and creates the user. */
    AdminPage newUser(String username, String name, String email, String password) {
        el("#new-user").click();
        el("#new-username input").setValue(username);
        el("#new-name input").setValue(name);
        el("#new-email input").setValue(email);
        el("#new-password input").setValue(password);
        el("#create-user").click();
        return this;
    }

    /** After a refusal: another first password, and create again. */
    AdminPage createWithPassword(String password) {
        el("#new-password input").setValue(password);
        el("#create-user").click();
        return this;
    }

    /** The new user's password field, marked invalid when refused. */
    SelenideElement passwordField() {
        return el("#new-password");
    }

    SelenideElement passwordError() {
        return el("#new-password [slot=error-message]");
    }

    /** The form's line for a problem that belongs to no field. */
    SelenideElement problem() {
        return el("#new-user-problem");
    }

    /** The status of the user shown. */
    SelenideElement status() {
        return el("#user-status");
    }

    /** Makes the user shown a member of the project chosen by its name. */
    AdminPage addToProject(String projectName) {
        el("#add-to-project input").setValue(projectName);
        all("vaadin-combo-box-item").findBy(text(projectName)).click();
        el("#add-membership").click();
        return this;
    }

    SelenideElement memberships() {
        return el("#user-memberships");
    }

    /** Searches for {@code username} and shows that user. */
    AdminPage show(String username) {
        el("#user-search input").setValue(username);
        all("#users vaadin-grid-cell-content").findBy(text(username)).click();
        return this;
    }

    void disable() {
        el("#disable-user").click();
    }
}
