package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A project's activity feed, reached from the project page. */
class ActivityPage {

    static ActivityPage fromProject(long projectId) {
        Selenide.open("/projects/" + projectId);
        $("#open-activity").shouldBe(visible).click();
        $("#activity").shouldBe(visible);
        return new ActivityPage();
    }

    ElementsCollection rows() {
        return $$("#activity .activity-row");
    }

    /** Shows only one kind of thing ("Comments", "Annotations"…). */
    ActivityPage only(String what) {
        $("#activity-family").click();
        $$("vaadin-select-item").findBy(text(what)).click();
        return this;
    }
}
