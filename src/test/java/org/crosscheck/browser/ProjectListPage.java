package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;

/** The list of one's projects: the start page. */
class ProjectListPage {

    static ProjectListPage open() {
        Selenide.open("/");
        return new ProjectListPage();
    }

    SelenideElement projects() {
        return $("#projects");
    }

    /** Goes to the page that imports a bundle as a new project, and waits for its upload. */
    ImportProjectPage importProject() {
        $("#import-project").click();
        return new ImportProjectPage().ready();
    }
}
