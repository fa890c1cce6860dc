package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A project's contradictions page, as a test drives it. */
class ContradictionsPage {

    static ContradictionsPage open(long projectId) {
        Selenide.open("/projects/" + projectId + "/contradictions");
        return new ContradictionsPage();
    }

    /** Opens the page with the filters of {@code query} in its address ("status=OPEN&…"), without waiting. */
    static ContradictionsPage open(long projectId, String query) {
        Selenide.open("/projects/" + projectId + "/contradictions?" + query);
        return new ContradictionsPage();
    }

    /** Shows or hides the contradictions of the status labelled {@code label}. */
    ContradictionsPage toggleStatus(String label) {
        $$("#filter-status vaadin-checkbox").findBy(text(label)).click();
        return this;
    }

    SelenideElement categoryFilter() {
        return $("#filter-category");
    }

    SelenideElement grid() {
        return $("#contradictions");
    }

    SelenideElement count() {
        return $("#contradiction-count");
    }

    /** The grid's cell showing {@code words}. */
    SelenideElement row(String words) {
        return $$("#contradictions vaadin-grid-cell-content").findBy(text(words));
    }

    /** Opens the contradiction whose row shows {@code rowText} in the compare view. */
    ComparePage openRow(String rowText) {
        row(rowText).click();
        return new ComparePage().ready();
    }
}
