package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import java.time.Duration;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

/** The login page: where a signed-out user lands, and how another browser signs in with any password. */
final class LoginPage {

    private LoginPage() {
    }

    /**
     * Signs in on another browser (a second user's) with {@code password}, without waiting for the
     * page that follows: the caller waits for what it expects there.
     */
    static void signIn(SelenideDriver browser, String username, String password) {
        browser.open("/login");
        browser.$("#vaadinLoginUsername input").shouldBe(visible, Duration.ofSeconds(60)).setValue(username);
        browser.$("#vaadinLoginPassword input").setValue(password);
        browser.$("vaadin-login-form vaadin-button").click();
    }

    /** The form in the test's own browser: it has the attribute {@code error} after a refused sign-in. */
    static SelenideElement form() {
        return $("vaadin-login-form");
    }

    /** The username field in the test's own browser: shown once the login page is. */
    static SelenideElement usernameField() {
        return $("#vaadinLoginUsername");
    }
}
