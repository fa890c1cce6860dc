package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

/** The page a user who must choose their own password gets, whatever they open, until they have. */
class ChangePasswordPage {

    /** Opens {@code path}; the app shows this page instead. */
    static ChangePasswordPage openInsteadOf(String path) {
        Selenide.open(path);
        return new ChangePasswordPage();
    }

    /** The line saying why the password must be changed. */
    SelenideElement why() {
        return $("#password-why");
    }

    /** Chooses {@code chosen} (typed twice); the app then shows the project list. */
    ProjectListPage change(String current, String chosen) {
        $("#current-password input").setValue(current);
        $("#new-password input").setValue(chosen);
        $("#repeat-password input").setValue(chosen);
        $("#change-password").click();
        return new ProjectListPage();
    }
}
