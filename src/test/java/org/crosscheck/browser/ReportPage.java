package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import java.io.File;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A project's exported HTML report, opened from its file as a reader would open it. */
class ReportPage {

    static ReportPage open(File report) {
        Selenide.open(report.toURI().toString());
        return new ReportPage();
    }

    /** The heading: the project's name. */
    SelenideElement heading() {
        return $("h1");
    }

    /** The section of the contradictions. */
    SelenideElement contradictions() {
        return $("#contradictions");
    }

    /** Each contradiction, its sides side by side. */
    ElementsCollection contradictionSections() {
        return $$("section.contradiction");
    }

    SelenideElement firstContradiction() {
        return $("section.contradiction");
    }

    /** The section of the figures. */
    SelenideElement figures() {
        return $("#figures");
    }

    /** The report's scripts (it has none: it runs nothing). */
    ElementsCollection scripts() {
        return $$("script");
    }
}
