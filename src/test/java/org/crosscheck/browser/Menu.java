package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;

/** The menu of every page and the signed-in user's menu, in whichever browser (one per user). */
final class Menu extends PageInBrowser {

    private Menu(SelenideDriver browser) {
        super(browser);
    }

    static Menu here() {
        return new Menu(null);
    }

    static Menu of(SelenideDriver browser) {
        return new Menu(browser);
    }

    SelenideElement projects() {
        return el("#nav-projects");
    }

    SelenideElement users() {
        return el("#nav-users");
    }

    SelenideElement audit() {
        return el("#nav-audit");
    }

    /** The signed-in user's name, which opens the user menu: there only while someone is signed in. */
    SelenideElement currentUser() {
        return el("#current-user");
    }

    AdminPage openUsers() {
        users().click();
        return AdminPage.of(browser);
    }

    AuditPage openAudit() {
        audit().click();
        return AuditPage.of(browser);
    }

    AccountPage openAccount() {
        currentUser().click();
        el("#open-account").shouldBe(visible).click();
        return new AccountPage();
    }

    /**
     * Chooses the appearance ("light", "dark", "system") in the user menu and waits until the
     * browser has remembered it (the cookie a reload reads).
     */
    Menu chooseAppearance(String appearance) {
        currentUser().click();
        all("vaadin-menu-bar-item, vaadin-context-menu-item").filterBy(visible).findBy(text("Appearance")).click();
        el("#appearance-" + appearance).shouldBe(visible).click();
        (browser == null ? Selenide.Wait() : browser.Wait()).until(driver -> {
            String cookies = browser == null ? Selenide.executeJavaScript("return document.cookie")
                    : browser.executeJavaScript("return document.cookie");
            return cookies != null && cookies.contains("crosscheck-appearance=" + appearance);
        });
        return this;
    }

    /** The page's root element: its {@code theme} attribute is the appearance chosen. */
    SelenideElement themedRoot() {
        return el("html");
    }

    void logout() {
        currentUser().click();
        el("#logout").shouldBe(visible).click();
    }
}
