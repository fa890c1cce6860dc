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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
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
        ProjectPage project = ProjectPage.open(made.projectId());
        project.exchangeLink().shouldHave(text("Export / import"));
        ExchangePage exchange = project.openExchange();
        exchange.exportSection().shouldBe(visible);
        exchange.formatHint().shouldHave(text("For spreadsheets"));
        Selenide.screenshot("exchange-page");

        File csv = exchange.download();
        assertThat(csv.getName()).endsWith("-csv-" + java.time.LocalDate.now() + ".zip");
        Map<String, String> tables = ExchangePage.unzip(csv);
        assertThat(tables).containsOnlyKeys("annotations.csv", "contradictions.csv");
        assertThat(tables.get("annotations.csv")).contains("Stephane Dujarric", "MORE_THAN", "'=HYPERLINK(");
        assertThat(tables.get("contradictions.csv")).contains("FIGURE_MISMATCH", "More than 1,000 people");
        exchange.progress().shouldHave(text("exported"));

        exchange.format("Crosscheck bundle");
        exchange.tables().shouldNotBe(visible);
        File bundle = exchange.download();
        assertThat(bundle.getName()).contains("-bundle-").endsWith(".zip");
        assertThat(ExchangePage.unzip(bundle)).containsKeys("manifest.json", "project.json", "contradictions.json",
                "articles/00001.json", "articles/00003.json");

        ImportProjectPage importPage = ProjectListPage.open().importProject().upload(bundle);
        importPage.summary().shouldHave(text("Imported 3 articles, 4 annotations, 2 comments and 1 contradiction."));
        Selenide.screenshot("import-project-summary");
        importPage.openImportedProject().title().shouldHave(text(projectName));
        long copy = Long.parseLong(currentUrl().replaceAll(".*/projects/(\\d+).*", "$1"));
        assertThat(copy).isNotEqualTo(made.projectId());
        List<ArticleSummary> copied = as(made.team().lead(), () -> articles.list(copy));
        assertThat(copied).hasSize(3);
        long marks = copied.stream().mapToLong(a -> as(made.team().lead(), () -> annotations.forArticle(a.id())).size()).sum();
        assertThat(marks).isEqualTo(4);

        // The report, opened in the browser as a reader would: the contradictions side by side.
        File report = ProjectPage.open(made.projectId()).openExchange().format("Report").download();
        assertThat(report.getName()).endsWith(".html");
        ReportPage reportPage = ReportPage.open(report);
        reportPage.heading().shouldHave(text(projectName));
        reportPage.contradictions().shouldBe(visible);
        reportPage.contradictionSections().shouldHave(com.codeborne.selenide.CollectionCondition.size(1));
        reportPage.firstContradiction().shouldHave(text("Figure mismatch"), text("More than 1,000 people"), text("dozens"));
        reportPage.figures().shouldBe(visible);
        assertThat(reportPage.scripts().size()).as("a report runs nothing").isZero();
        Selenide.screenshot("report");
    }

    @Test
    void aBadBundleIsRefusedWithTheReasonAndNothingIsImported() throws IOException {
        File notABundle = Files.writeString(Files.createTempFile("not-a-bundle", ".zip"), "just text").toFile();
        long before = as(made.team().lead(), () -> projects.myProjects(PageRequest.of(0, 100)).getNumberOfElements());
        login(made.team().lead());
        ImportProjectPage.open().upload(notABundle).error().shouldHave(text("not a Crosscheck bundle"));
        Selenide.screenshot("import-refused");
        assertThat(as(made.team().lead(), () -> projects.myProjects(PageRequest.of(0, 100)).getNumberOfElements()))
                .isEqualTo(before);
    }

    @Test
    void membersExportOnlyWhenTheProjectLetsThem() {
        login(made.team().reviewer());
        ProjectPage project = ProjectPage.open(made.projectId());
        project.title().shouldBe(visible);
        project.exchangeLink().shouldNot(exist);
        ExchangePage refused = ExchangePage.visit(made.projectId());
        refused.notAllowed().shouldHave(text("Only this project's leads may export it"));
        refused.importSection().shouldNot(exist);

        as(made.team().lead(), () -> projects.setMembersMayExport(made.projectId(), true));
        ProjectPage allowed = ProjectPage.open(made.projectId());
        allowed.exchangeLink().shouldHave(text("Export"));
        ExchangePage exchange = allowed.openExchange();
        exchange.exportSection().shouldBe(visible);
        exchange.importSection().shouldNot(exist);
        ProjectSummary seen = as(made.team().reviewer(), () -> projects.get(made.projectId()));
        assertThat(seen.mayExport()).isTrue();
    }
}
