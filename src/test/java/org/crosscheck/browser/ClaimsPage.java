package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$$;

/** A project's claims matrix: each topic's values, outlet beside outlet, flagged where they disagree. */
class ClaimsPage {

    /** Opens the page without waiting. */
    static ClaimsPage open(long projectId) {
        Selenide.open("/projects/" + projectId + "/claims");
        return new ClaimsPage();
    }

    /** The matrix's cell showing {@code words}. */
    SelenideElement cell(String words) {
        return $$("#claims vaadin-grid-cell-content").findBy(text(words));
    }
}
