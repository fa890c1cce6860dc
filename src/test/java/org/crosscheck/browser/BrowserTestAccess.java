package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;

/** The browser set-up of {@link BrowserTest}, for tests that start their own app nodes. */
public final class BrowserTestAccess {

    private BrowserTestAccess() {
    }

    public static void configure() {
        BrowserTest.configureBrowser();
    }

    public static SelenideDriver newBrowser(String baseUrl) {
        return BrowserTest.newBrowser(baseUrl);
    }

    public static void login(SelenideDriver browser, String username) {
        BrowserTest.login(browser, username);
    }
}
