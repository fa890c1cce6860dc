package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.exchange.ExchangeFixture;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static com.codeborne.selenide.Selectors.shadowCss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * A lead exports a project as CSV and as a bundle, imports the bundle as a new project with the
 * same counts, and reads the report (issue 11); members export only when the project lets them.
 */
class ExchangeIT extends BrowserTest {

    @Autowired ExchangeFixture fixture;
    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired ProjectService projects;

    ExchangeFixture.Made made;
    String projectName;

    @BeforeEach
    void project() {
        made = fixture.make();
        projectName = as(made.team().lead(), () -> projects.get(made.projectId())).name();
    }

    @Test
    void aLeadExportsCsvAndABundleImportsItAsANewProjectAndReadsTheReport() throws IOException {
        login(made.team().lead());
        ProjectPage.open(made.projectId());
        $("#open-exchange").shouldHave(text("Export / import")).click();
        $("#export-section").shouldBe(visible);
        $("#export-format-hint").shouldHave(text("For spreadsheets"));
        Selenide.screenshot("exchange-page");

        File csv = $("#export-download").download();
        assertThat(csv.getName()).endsWith("-csv-" + java.time.LocalDate.now() + ".zip");
        Map<String, String> tables = unzip(csv);
        assertThat(tables).containsOnlyKeys("annotations.csv", "contradictions.csv");
        assertThat(tables.get("annotations.csv")).contains("Stephane Dujarric", "MORE_THAN", "'=HYPERLINK(");
        assertThat(tables.get("contradictions.csv")).contains("FIGURE_MISMATCH", "More than 1,000 people");
        $("#export-progress").shouldHave(text("exported"));

        choose("Crosscheck bundle");
        $("#export-tables").shouldNotBe(visible);
        File bundle = $("#export-download").download();
        assertThat(bundle.getName()).contains("-bundle-").endsWith(".zip");
        assertThat(unzip(bundle)).containsKeys("manifest.json", "project.json", "contradictions.json",
                "articles/00001.json", "articles/00003.json");

        Selenide.open("/");
        $("#import-project").click();
        $("#import-upload").shouldBe(visible);
        $(shadowCss("input[type=file]", "#import-upload")).uploadFile(bundle);
        $("#import-summary").shouldHave(text("Imported 3 articles, 4 annotations, 2 comments and 1 contradiction."));
        Selenide.screenshot("import-project-summary");
        $("#open-imported-project").click();
        $("#project-title").shouldHave(text(projectName));
        long copy = Long.parseLong(currentUrl().replaceAll(".*/projects/(\\d+).*", "$1"));
        assertThat(copy).isNotEqualTo(made.projectId());
        List<ArticleSummary> copied = as(made.team().lead(), () -> articles.list(copy));
        assertThat(copied).hasSize(3);
        long marks = copied.stream().mapToLong(a -> as(made.team().lead(), () -> annotations.forArticle(a.id())).size()).sum();
        assertThat(marks).isEqualTo(4);

        // The report, opened in the browser as a reader would: the contradictions side by side.
        ProjectPage.open(made.projectId());
        $("#open-exchange").click();
        choose("Report");
        File report = $("#export-download").download();
        assertThat(report.getName()).endsWith(".html");
        Selenide.open(report.toURI().toString());
        $("h1").shouldHave(text(projectName));
        $("#contradictions").shouldBe(visible);
        $$("section.contradiction").shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
        $("section.contradiction").shouldHave(text("Figure mismatch"), text("More than 1,000 people"), text("dozens"));
        $("#figures").shouldBe(visible);
        assertThat($$("script").size()).as("a report runs nothing").isZero();
        Selenide.screenshot("report");
    }

    @Test
    void aBadBundleIsRefusedWithTheReasonAndNothingIsImported() throws IOException {
        File notABundle = Files.writeString(Files.createTempFile("not-a-bundle", ".zip"), "just text").toFile();
        long before = as(made.team().lead(), () -> projects.myProjects(PageRequest.of(0, 100)).getNumberOfElements());
        login(made.team().lead());
        Selenide.open("/projects/import");
        $(shadowCss("input[type=file]", "#import-upload")).uploadFile(notABundle);
        $("#import-error").shouldHave(text("not a Crosscheck bundle"));
        Selenide.screenshot("import-refused");
        assertThat(as(made.team().lead(), () -> projects.myProjects(PageRequest.of(0, 100)).getNumberOfElements()))
                .isEqualTo(before);
    }

    @Test
    void membersExportOnlyWhenTheProjectLetsThem() {
        login(made.team().reviewer());
        ProjectPage.open(made.projectId());
        $("#project-title").shouldBe(visible);
        $("#open-exchange").shouldNot(exist);
        Selenide.open("/projects/" + made.projectId() + "/exchange");
        $("#export-not-allowed").shouldHave(text("Only this project's leads may export it"));
        $("#import-section").shouldNot(exist);

        as(made.team().lead(), () -> projects.setMembersMayExport(made.projectId(), true));
        ProjectPage.open(made.projectId());
        $("#open-exchange").shouldHave(text("Export")).click();
        $("#export-section").shouldBe(visible);
        $("#import-section").shouldNot(exist);
        ProjectSummary seen = as(made.team().reviewer(), () -> projects.get(made.projectId()));
        assertThat(seen.mayExport()).isTrue();
    }

    private static void choose(String format) {
        $("#export-format").$$("vaadin-radio-button").findBy(text(format)).click();
        $("#export-format-hint").shouldBe(visible);
    }

    private static Map<String, String> unzip(File file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file.toPath())))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
