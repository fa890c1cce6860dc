package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.visible;

/**
 * A project's Progress page: each section's chart and the table of its numbers, the numbers that
 * open a list, and the project page's article list they open (filtered).
 */
class DashboardPage extends PageInBrowser {

    private DashboardPage() {
        super(null);
    }

    /** The project page, then its Progress link. */
    static DashboardPage fromProject(long projectId) {
        Selenide.open("/projects/" + projectId);
        DashboardPage page = new DashboardPage();
        page.el("#open-dashboard").click();
        page.el("#dashboard").shouldBe(visible);
        return page;
    }

    static DashboardPage open(long projectId) {
        Selenide.open("/projects/" + projectId + "/dashboard");
        DashboardPage page = new DashboardPage();
        page.el("#dashboard").shouldBe(visible);
        return page;
    }

    /** A number of a table, by its id ("status-ready-for-review", "reviewer-ravi-done", "kind-quote", "checks-to-check"). */
    SelenideElement number(String id) {
        return el("#" + id);
    }

    /** The number of articles with this status (an ArticleStatus name). */
    SelenideElement status(String status) {
        return number("status-" + slug(status));
    }

    /** A reviewer's number: a status's name, "assigned" or "annotations". */
    SelenideElement reviewer(String username, String column) {
        return number("reviewer-" + slug(username) + "-" + slug(column));
    }

    /** A section's chart, once drawn (its canvas). */
    SelenideElement chart(String section) {
        return el("#chart-" + section + " canvas");
    }

    SelenideElement section(String section) {
        return el("#section-" + section);
    }

    /** The link back to the project page, above the title. */
    void backToProject() {
        el(".back-link").click();
        el("#project-title").shouldBe(visible);
    }

    SelenideElement empty() {
        return el("#dashboard-empty");
    }

    /** Follows a number's link to the list behind it. */
    void open(SelenideElement number) {
        number.scrollIntoView("{block: 'center'}").click();
    }

    /** The project page's filter by status, where a link landed. */
    SelenideElement listStatusFilter() {
        return el("#filter-status");
    }

    /** The project page's filter by assignee: its input, which shows the name chosen. */
    SelenideElement listAssigneeFilter() {
        return el("#filter-assignee input");
    }

    SelenideElement listArticles() {
        return el("#articles");
    }

    /** Whether anything on the page reaches past the window's right edge (a horizontal scroll). */
    boolean nothingWiderThanTheWindow() {
        Boolean fits = js("return document.documentElement.scrollWidth <= window.innerWidth");
        return Boolean.TRUE.equals(fits);
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
