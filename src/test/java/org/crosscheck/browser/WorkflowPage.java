package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;

/**
 * The work on a project's articles as the project page and "Assigned to me" show it: selecting
 * articles and assigning them, the filters, and each article's status. Works in the test's own
 * browser or in another one (a second reviewer's).
 */
class WorkflowPage extends PageInBrowser {

    private WorkflowPage(SelenideDriver browser) {
        super(browser);
    }

    /** The project page, in the test's own browser (null) or another one. */
    static WorkflowPage project(SelenideDriver browser, long projectId) {
        WorkflowPage page = new WorkflowPage(browser);
        page.open("/projects/" + projectId);
        page.el("#project-title").shouldBe(visible);
        return page;
    }

    /** "Assigned to me", reached from the main menu. */
    static WorkflowPage assignedToMe(SelenideDriver browser) {
        WorkflowPage page = new WorkflowPage(browser);
        page.el("#nav-assigned").click();
        page.el("#assigned").shouldBe(visible);
        return page;
    }

    private void open(String path) {
        if (browser == null) {
            Selenide.open(path);
        } else {
            browser.open(path);
        }
    }

    SelenideElement articles() {
        return el("#articles");
    }

    SelenideElement assigned() {
        return el("#assigned");
    }

    /** Ticks every article in the list (one box per row). */
    WorkflowPage selectEveryArticle(int rows) {
        ElementsCollection boxes = all("#articles vaadin-grid-cell-content vaadin-checkbox:not(.vaadin-grid-select-all-checkbox)");
        for (int i = 0; i < rows; i++) {
            boxes.get(i).click();
        }
        return this;
    }

    /** Assigns the selected articles to the members with these usernames. */
    WorkflowPage assignTo(String... usernames) {
        el("#assign-articles").click();
        el("#assign-dialog").shouldBe(visible);
        for (String username : usernames) {
            el("#assign-to input").setValue(username);
            all("vaadin-multi-select-combo-box-item").filterBy(visible).findBy(text(username)).click();
        }
        // The list stays open after a choice (several may be made): Tab closes it, as a person would.
        el("#assign-to input").pressTab();
        all("vaadin-multi-select-combo-box-item").filterBy(visible).shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
        el("#assign-save").click();
        el("#assign-dialog").should(com.codeborne.selenide.Condition.disappear);
        return this;
    }

    /** Ticks (or unticks) "Independent marking" (leads); the page reloads. */
    WorkflowPage independent() {
        el("#independent-mode").click();
        (browser == null ? Notifications.shown("mark independently") : Notifications.shown(browser, "mark independently"))
                .shouldBe(visible);
        el("#project-title").shouldBe(visible);
        return this;
    }

    /** Submits the caller's marks of the article with this title (an assignee in independent mode). */
    WorkflowPage submitMarks(String title) {
        el("#articles").$$(".submit-marks").findBy(com.codeborne.selenide.Condition.attribute("aria-label",
                "Submit my marks of " + title)).click();
        (browser == null ? Notifications.shown("Submitted") : Notifications.shown(browser, "Submitted")).shouldBe(visible);
        return this;
    }

    /** The Curate link of the article with this title (leads, in independent mode, once all submitted). */
    SelenideElement curateLink(String title) {
        return el("#articles").$$(".curate-link").findBy(com.codeborne.selenide.Condition.attribute("aria-label",
                "Curate " + title));
    }

    /** The project's Agreement page. */
    SelenideElement agreementLink() {
        return el("#open-agreement");
    }

    WorkflowPage onlyMine() {
        el("#filter-mine").click();
        return this;
    }

    WorkflowPage onlyStatus(String label) {
        el("#filter-status").click();
        choose(label);
        return this;
    }

    /** Picks an item of the list that is open. */
    private void choose(String label) {
        all("vaadin-select[opened] vaadin-select-item").filterBy(visible).findBy(text(label)).click();
    }

    /** The status control (or label) of the only article the list shows. */
    SelenideElement status() {
        return all("#articles .article-status").filterBy(visible).first();
    }

    /** Moves the only article shown forward to {@code label}. */
    WorkflowPage moveTo(String label) {
        openStatus(label);
        el("#status-move").click();
        el("#status-dialog").should(com.codeborne.selenide.Condition.disappear);
        return this;
    }

    /** Moves the only article shown back to {@code label}, saying why. */
    WorkflowPage moveBack(String label, String reason) {
        openStatus(label);
        el("#status-reason input").shouldBe(visible).setValue(reason);
        el("#status-move").click();
        el("#status-dialog").should(com.codeborne.selenide.Condition.disappear);
        return this;
    }

    private void openStatus(String label) {
        status().click();
        el("#status-dialog").shouldBe(visible);
        el("#status-to").click();
        choose(label);
        el("#status-to").shouldHave(text(label));
    }
}
