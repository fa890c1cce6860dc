package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import java.io.File;

import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selectors.shadowCss;
import static com.codeborne.selenide.Selenide.$;

/** The page that imports a Crosscheck bundle as a new project. */
class ImportProjectPage {

    /** Opens the page without waiting: the upload below waits for its input. */
    static ImportProjectPage open() {
        Selenide.open("/projects/import");
        return new ImportProjectPage();
    }

    ImportProjectPage ready() {
        $("#import-upload").shouldBe(visible);
        return this;
    }

    /** Sends the bundle through the browser's own file input. */
    ImportProjectPage upload(File bundle) {
        $(shadowCss("input[type=file]", "#import-upload")).uploadFile(bundle);
        return this;
    }

    /** What the import made, once it has. */
    SelenideElement summary() {
        return $("#import-summary");
    }

    /** Why the file was refused. */
    SelenideElement error() {
        return $("#import-error");
    }

    /** Opens the project the import made, without waiting: the caller checks its title. */
    ProjectPage openImportedProject() {
        $("#open-imported-project").click();
        return new ProjectPage();
    }
}
