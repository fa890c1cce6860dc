package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** The Account page: API tokens, and changing one's password. Reached from the user menu ({@link Menu#openAccount()}). */
class AccountPage {

    /** The interface language select: "As the browser says", English, Deutsch. */
    SelenideElement language() {
        return $("#language");
    }

    /** Chooses a language by its label; the page is drawn again in it. */
    AccountPage chooseLanguage(String label) {
        language().shouldBe(visible).click();
        $$("vaadin-select-item").findBy(text(label)).click();
        return this;
    }

    SelenideElement heading() {
        return $("h2");
    }

    SelenideElement createTokenButton() {
        return $("#create-token");
    }

    SelenideElement who() {
        return $("#account-who");
    }

    /** The password section: absent for an account of an identity provider. */
    SelenideElement currentPasswordField() {
        return $("#current-password");
    }

    SelenideElement tokens() {
        return $("#tokens");
    }

    SelenideElement apiDocsLink() {
        return $("#api-docs-link");
    }

    /** The status the API answers this page's own fetch with, the browser's session cookie included. */
    Long apiStatusWithTheSessionCookie() {
        return Selenide.executeAsyncJavaScript(
                "const done = arguments[arguments.length - 1]; fetch('/api/v1/projects', {credentials: 'include'}).then(r => done(r.status))");
    }

    /** Names a new token, chooses its scope by label and creates it: the dialog then shows it. */
    AccountPage createToken(String name, String scope) {
        $("#token-name input").setValue(name);
        $("#token-scope").click();
        $$("vaadin-select-item").filterBy(visible).findBy(text(scope)).click();
        $("#create-token").click();
        return this;
    }

    /** The new token, as the dialog shows it once. */
    String newToken() {
        return $("#new-token input").shouldBe(visible).getValue();
    }

    AccountPage closeNewToken() {
        $("#close-new-token").click();
        return this;
    }

    SelenideElement newTokenDialog() {
        return $("#new-token-dialog");
    }

    /** The whole page, for what must appear nowhere on it. */
    SelenideElement wholePage() {
        return $("body");
    }

    /** Asks to revoke the first token listed: the dialog that asks to confirm. */
    SelenideElement revokeFirstToken() {
        $("#tokens .revoke-token").click();
        return $("vaadin-confirm-dialog");
    }

    void confirmRevoke() {
        $$("vaadin-confirm-dialog vaadin-button").findBy(text("Revoke")).click();
    }

    SelenideElement currentPassword() {
        return $("#current-password");
    }

    SelenideElement newPassword() {
        return $("#new-password");
    }

    SelenideElement currentPasswordError() {
        return $("#current-password [slot=error-message]");
    }

    SelenideElement newPasswordError() {
        return $("#new-password [slot=error-message]");
    }

    AccountPage typeCurrentPassword(String password) {
        $("#current-password input").setValue(password);
        return this;
    }

    /** Types the new password in both its fields. */
    AccountPage typeNewPassword(String password) {
        $("#new-password input").setValue(password);
        $("#repeat-password input").setValue(password);
        return this;
    }

    /** The button may be below the fold at the window's height: scrolled to the middle as a user would. */
    AccountPage changePassword() {
        $("#change-password").scrollIntoView("{block: \"center\"}").click();
        return this;
    }
}
