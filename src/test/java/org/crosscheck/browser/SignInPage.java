package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import java.time.Duration;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;

/**
 * Signing in as an organisation's people do: the login page's provider buttons and password form,
 * and the identity provider's own sign-in form (Spring Security's default page: #username,
 * #password), in whichever browser.
 */
final class SignInPage extends PageInBrowser {

    private SignInPage(SelenideDriver browser) {
        super(browser);
    }

    static SignInPage here() {
        return new SignInPage(null);
    }

    static SignInPage of(SelenideDriver browser) {
        return new SignInPage(browser);
    }

    SignInPage open(String address) {
        if (browser == null) {
            com.codeborne.selenide.Selenide.open(address);
        } else {
            browser.open(address);
        }
        return this;
    }

    /** The button that signs in with the provider registered as {@code id}. */
    SelenideElement provider(String id) {
        return el("#login-with-" + id);
    }

    /** Signs in through the provider: its button, then its own form with the person's password. */
    void throughProvider(String id, String username, String password) {
        open("/login");
        provider(id).shouldBe(visible).click();
        el("#username").shouldBe(visible, Duration.ofSeconds(20)).setValue(username);
        el("#password").setValue(password);
        el("button[type=submit]").click();
    }

    /** The login page's password form: hidden when local passwords are off. */
    SelenideElement passwordForm() {
        return el("vaadin-login-form");
    }

    SelenideElement usernameField() {
        return el("#vaadinLoginUsername");
    }

    void withPassword(String username, String password) {
        usernameField().shouldBe(visible, Duration.ofSeconds(30));
        el("#vaadinLoginUsername input").setValue(username);
        el("#vaadinLoginPassword input").setValue(password);
        el("vaadin-login-form vaadin-button").click();
    }

    /** What the login page says when the provider's answer was refused here. */
    SelenideElement refused() {
        return el("#login-refused");
    }

    /** An item of the user menu, found by its words (the menu must be open). */
    SelenideElement userMenuItem(String words) {
        return all("vaadin-menu-bar-item").findBy(text(words));
    }

    SelenideElement userMenu() {
        return el("#user-menu");
    }
}
