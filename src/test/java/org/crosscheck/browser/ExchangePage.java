package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

/** A project's export and import page, and the page that imports a bundle as a new project. */
class ExchangePage {

    static ExchangePage open(long projectId) {
        Selenide.open("/projects/" + projectId + "/exchange");
        $("#export-section").shouldBe(visible);
        return new ExchangePage();
    }

    /** Opens the page without waiting: for a member who may not export, it has no export section. */
    static ExchangePage visit(long projectId) {
        Selenide.open("/projects/" + projectId + "/exchange");
        return new ExchangePage();
    }

    SelenideElement exportSection() {
        return $("#export-section");
    }

    /** What the chosen format is for. */
    SelenideElement formatHint() {
        return $("#export-format-hint");
    }

    /** The choice of tables (CSV only). */
    SelenideElement tables() {
        return $("#export-tables");
    }

    /** What the last export did. */
    SelenideElement progress() {
        return $("#export-progress");
    }

    /** What a member sees who may not export. */
    SelenideElement notAllowed() {
        return $("#export-not-allowed");
    }

    /** Importing into the project: leads only. */
    SelenideElement importSection() {
        return $("#import-section");
    }

    /** Chooses an export format by its label ("CSV", "W3C Web Annotation", "Crosscheck bundle", "Report"). */
    ExchangePage format(String label) {
        $("#export-format").$$("vaadin-radio-button").findBy(text(label)).click();
        $("#export-format-hint").shouldBe(visible);
        return this;
    }

    /** Chooses CSV tables by their label's start ("Annotations", "Contradictions", "Both"). */
    ExchangePage tables(String label) {
        $("#export-tables").$$("vaadin-radio-button").findBy(text(label)).click();
        return this;
    }

    /** Ticks "Approved work only". */
    ExchangePage approvedOnly() {
        $("#export-approved-only").click();
        return this;
    }

    File download() {
        return $("#export-download").download();
    }

    /** Opens the import page, uploads the bundle as a new project; the summary it shows. */
    static SelenideElement importAsNewProject(File bundle) {
        return ImportProjectPage.open().ready().upload(bundle).summary();
    }

    /** Opens the project the last import made; its id. */
    static long openImportedProject() {
        new ImportProjectPage().openImportedProject().title().shouldBe(visible);
        return Long.parseLong(BrowserTest.currentUrl().replaceAll(".*/projects/(\\d+).*", "$1"));
    }

    static Map<String, String> unzip(File file) {
        Map<String, String> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file.toPath())))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError("not a zip: " + file, e);
        }
        return out;
    }
}
