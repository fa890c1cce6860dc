package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import org.openqa.selenium.WebDriver;

/**
 * A page object that works in the test's own browser or in another one (a second reviewer's): it
 * finds what it drives in {@code browser}, or, when that is null, in the test's own.
 */
abstract class PageInBrowser {

    /** Another browser than the test's own, or null for the test's own. */
    protected final SelenideDriver browser;

    protected PageInBrowser(SelenideDriver browser) {
        this.browser = browser;
    }

    protected SelenideElement el(String css) {
        return browser == null ? Selenide.$(css) : browser.$(css);
    }

    protected ElementsCollection all(String css) {
        return browser == null ? Selenide.$$(css) : browser.$$(css);
    }

    protected <T> T js(String script, Object... args) {
        return browser == null ? Selenide.executeJavaScript(script, args) : browser.executeJavaScript(script, args);
    }

    protected WebDriver driver() {
        return browser == null ? WebDriverRunner.getWebDriver() : browser.getWebDriver();
    }
}
