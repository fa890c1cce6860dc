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

    SelenideElement grid() {
        return $("#contradictions");
    }

    SelenideElement count() {
        return $("#contradiction-count");
    }

    /** Opens the contradiction whose row shows {@code rowText} in the compare view. */
    ComparePage openRow(String rowText) {
        $$("#contradictions vaadin-grid-cell-content").findBy(text(rowText)).click();
        return new ComparePage().ready();
    }
}
