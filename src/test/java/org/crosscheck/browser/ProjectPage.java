package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import java.io.File;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selectors.shadowCss;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A project's page, as a test drives it: the article list, importing, editing, members. */
class ProjectPage {

    static ProjectPage open(long projectId) {
        Selenide.open("/projects/" + projectId);
        $("#project-title").shouldBe(visible);
        return new ProjectPage();
    }

    SelenideElement title() {
        return $("#project-title");
    }

    SelenideElement articles() {
        return $("#articles");
    }

    /** Opens the upload dialog and sends the files through the browser's own file input. */
    ProjectPage upload(File... files) {
        openUploadDialog();
        $(shadowCss("input[type=file]", "#article-upload")).uploadFile(files);
        return this;
    }

    ProjectPage openUploadDialog() {
        $("#upload-articles").click();
        $("#article-upload").shouldBe(visible);
        return this;
    }

    /** The files of the upload dialog, each with its verdict. */
    ElementsCollection uploadRows() {
        return $$("#upload-files .upload-file");
    }

    SelenideElement uploadRow(String fileName) {
        return uploadRows().findBy(text(fileName));
    }

    SelenideElement importButton() {
        return $("#import-files");
    }

    /** The details dialog of the {@code index}th article of the list (leads). */
    ProjectPage editArticle(int index) {
        $$("#articles .edit-article").get(index).click();
        return this;
    }

    ProjectPage members() {
        $$("vaadin-tab").findBy(text("Members")).click();
        return this;
    }

    SelenideElement memberGrid() {
        return $("#members");
    }

    ReaderPage openArticle(String title) {
        $$("#articles a.article-link").findBy(text(title)).click();
        return new ReaderPage().ready();
    }
}
