package org.crosscheck.browser;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A project's kinds page and the dialog that defines a kind, as a test drives them. */
class KindsPage {

    private int fields;

    static KindsPage open(long projectId) {
        Selenide.open("/projects/" + projectId + "/kinds");
        $("#kinds").shouldBe(visible);
        return new KindsPage();
    }

    SelenideElement list() {
        return $("#kinds");
    }

    /** Opens the dialog for a new kind and fills its name, colour and key. */
    KindsPage newKind(String name, String colour, String key) {
        $("#new-kind").click();
        $("#kind-dialog").shouldBe(visible);
        $("#kind-name input").setValue(name);
        choose("kind-colour", colour);
        $("#kind-key input").setValue(key);
        fields = 0;
        return this;
    }

    /** Adds a field; {@code choices} are typed comma-separated for a choice list. */
    KindsPage addField(String label, String type, boolean required, String choices) {
        $("#add-kind-field").click();
        int n = ++fields;
        $("#kind-field-label-" + n + " input").shouldBe(visible).setValue(label);
        choose("kind-field-type-" + n, type);
        if (required) {
            $("#kind-field-required-" + n).click();
        }
        if (choices != null) {
            $("#kind-field-choices-" + n + " input").shouldBe(visible).setValue(choices);
        }
        return this;
    }

    void save() {
        $("#save-kind").click();
        $("#kind-dialog").should(Condition.disappear);
    }

    /** Saves and expects a refusal: the message shown in the dialog (on a field or below the fields). */
    SelenideElement saveRefused() {
        $("#save-kind").click();
        return $("#kind-dialog");
    }

    static void choose(String selectId, String option) {
        $("#" + selectId).click();
        $$("vaadin-select-item").filterBy(visible).findBy(text(option)).click();
        $("#" + selectId).shouldHave(text(option));
    }
}
