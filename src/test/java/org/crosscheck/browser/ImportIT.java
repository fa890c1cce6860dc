package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactValue;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/** A lead imports coverage: uploads (good and bad files), pasted text, duplicates, trimming. */
class ImportIT extends BrowserTest {

    private static final String ATTACK = """
            <html><head><title>Page title</title><script>window.__xss = 'script ran'</script>
            <style>body{display:none}</style></head>
            <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
            <h1>Protest figures disputed</h1>
            <p>More than 1,000 people were injured, officials said.</p>
            <img src="missing.png" onerror="window.__xss = 'onerror ran'">
            <p onclick="window.__xss = 'click ran'">Second paragraph of the story.</p>
            <footer>© Example outlet</footer></body></html>""";

    @Autowired ArticleService articles;

    String lead;
    long projectId;

    @BeforeEach
    void project() {
        lead = data.user("lead");
        projectId = data.project(lead);
    }

    @Test
    void uploadImportsGoodFilesAndExplainsEveryRefusedOne(@TempDir Path dir) throws IOException {
        File html = write(dir, "attack.html", ATTACK.getBytes(StandardCharsets.UTF_8));
        File binary = write(dir, "photo.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        File latin1 = write(dir, "latin1.txt", "Café in Almaty, naïve reporting".getBytes(StandardCharsets.ISO_8859_1));
        File empty = write(dir, "empty.md", new byte[0]);
        File big = write(dir, "huge.txt", "word ".repeat(30_000).getBytes(StandardCharsets.UTF_8));

        login(lead);
        ProjectPage page = ProjectPage.open(projectId).upload(html, binary, latin1, empty, big);

        page.uploadRows().shouldHave(size(5));
        page.uploadRow("attack.html").shouldHave(text("Ready: \"Protest figures disputed\""));
        page.uploadRow("photo.txt").shouldHave(text("binary file"));
        page.uploadRow("latin1.txt").shouldHave(text("not UTF-8"));
        page.uploadRow("empty.md").shouldHave(text("empty"));
        page.uploadRow("huge.txt").shouldHave(text("larger than the limit"));
        Selenide.screenshot("upload-verdicts");
        page.uploadOutlet("Example outlet");
        page.importButton().shouldHave(text("Import 1 article")).click();

        page.articles().shouldHave(text("Protest figures disputed"), text("Example outlet"));
        List<ArticleSummary> imported = as(lead, () -> articles.list(projectId));
        assertThat(imported).singleElement().extracting(ArticleSummary::title).isEqualTo("Protest figures disputed");

        page.openArticle("Protest figures disputed");
        ImportedArticle article = new ImportedArticle();
        String shown = article.bodyText();
        assertThat(shown).contains("More than 1,000 people were injured", "Second paragraph of the story.")
                .doesNotContain("Home", "window.__xss", "©", "display:none");
        article.image().shouldNot(exist);
        article.paragraph("Second paragraph").click();
        assertThat(article.noInjectedScriptRan()).isEqualTo(true);

        // The same file again: recognised by its content, skipped with a warning.
        ProjectPage again = ProjectPage.open(projectId).upload(html);
        again.uploadRow("attack.html").shouldHave(text("Already in this project as \"Protest figures disputed\""));
        again.importButton().shouldHave(text("Import 0 articles")).shouldHave(attribute("disabled"));
        assertThat(as(lead, () -> articles.list(projectId))).hasSize(1);
    }

    @Test
    void aPageScrapeKeepsOnlyItsArticleBodyAfterTheImporterReviewedIt(@TempDir Path dir) throws IOException {
        byte[] scrape;
        try (var in = ImportIT.class.getResourceAsStream("/body-detection/000_4112bfe2b130095b.txt")) {
            scrape = in.readAllBytes();
        }
        File page = write(dir, "arab-news-page.txt", scrape);
        login(lead);
        ProjectPage project = ProjectPage.open(projectId).upload(page);
        project.uploadRow("arab-news-page.txt").shouldHave(text("body of 14 of"));
        ProjectPage.BodyReview review = project.reviewBody("arab-news-page.txt");
        review.line("Short Url").shouldHave(text("share or navigation line"));
        review.line("DHAKA: A once-banned")
                .shouldHave(text("after the article (another story or links)"));
        // The importer keeps the photo caption after all.
        review.toggle("(AFP)");
        Selenide.screenshot("body-review");
        review.apply();
        project.uploadRow("arab-news-page.txt").shouldHave(text("body of 15 of"));
        project.importButton().shouldHave(text("Import 1 article")).click();

        project.openArticle("UN calls on all involved in Kazakhstan unrest");
        String shown = new ImportedArticle().bodyText();
        assertThat(shown).contains("NEW YORK: The UN on Friday appealed", "declared a nationwide state of emergency")
                .doesNotContain("Short Url", "Jamaat", "Follow");
        List<ArticleSummary> imported = as(lead, () -> articles.list(projectId));
        assertThat(imported).singleElement().extracting(ArticleSummary::publishedOn)
                .isEqualTo(java.time.LocalDate.of(2022, 1, 8));
    }

    @Test
    void uploadedPageScrapesAreTitledByTheirHeadlinesNotTheirFirstLines(@TempDir Path dir) throws IOException {
        File scoop = write(dir, "scoop-page.txt", scrape("001_bce48ba1cf8c7179.txt").getBytes(StandardCharsets.UTF_8));
        File copy = write(dir, "copy-page.txt", scrape("003_089dc9533477869b.txt").getBytes(StandardCharsets.UTF_8));
        login(lead);
        ProjectPage page = ProjectPage.open(projectId).upload(scoop, copy);
        page.uploadRow("scoop-page.txt").shouldHave(text(
                "Ready: \"UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed\" · Scoop Media · 2022-01-07 · by Press Release: UN News"));
        page.uploadRow("copy-page.txt").shouldHave(text("Ready: \"The United Nations on Friday called on all involved"),
                text("(no headline found: its opening words)")).shouldNotHave(text("French MP"));
        page.importButton().shouldHave(text("Import 2 articles")).click();

        page.articles().shouldHave(text("UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed"), text("Scoop Media"));
        page.articles().shouldNotHave(text("World Video"), text("Vaccine-skeptical"));
        assertThat(as(lead, () -> articles.list(projectId))).extracting(ArticleSummary::title).containsExactlyInAnyOrder(
                "UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed",
                "The United Nations on Friday called on all involved in unrest in Kazakhstan to exercise restraint…");
    }

    @Test
    void pastingAPageFillsTheTitleWithItsHeadlineAndTheImporterMayChangeIt() throws IOException {
        login(lead);
        ProjectPage project = ProjectPage.open(projectId);
        ProjectPage.PasteDialog dialog = project.pasteArticle();
        paste(dialog.textField(), scrape("001_bce48ba1cf8c7179.txt"));
        // Filled as soon as the text is pasted, while the cursor is still in the text.
        dialog.titleField().shouldHave(exactValue("UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed"));
        dialog.bylineField().shouldHave(exactValue("Press Release: UN News"));
        dialog.outletField().shouldHave(exactValue("Scoop Media"));
        dialog.publishedField().shouldNotHave(exactValue(""));
        Selenide.screenshot("paste-filled");
        dialog.title("UN urges restraint in Kazakhstan (Scoop)");
        dialog.detectBody().apply();
        dialog.textField().shouldHave(value("Amid alarming reports of deadly violence"));
        dialog.titleField().as("the importer's own title stays").shouldHave(exactValue("UN urges restraint in Kazakhstan (Scoop)"));
        dialog.importArticle();
        project.articles().shouldHave(text("UN urges restraint in Kazakhstan (Scoop)"));
        ArticleSummary stored = as(lead, () -> articles.list(projectId)).getFirst();
        assertThat(stored.outlet()).isEqualTo("Scoop Media");
        assertThat(stored.byline()).isEqualTo("Press Release: UN News");
        assertThat(stored.publishedOn()).isEqualTo(java.time.LocalDate.of(2022, 1, 7));
    }

    /** Pastes {@code text} into {@code target} as a user does: through the clipboard and Ctrl+V. */
    private static void paste(com.codeborne.selenide.SelenideElement target, String text) {
        org.openqa.selenium.WebDriver driver = com.codeborne.selenide.WebDriverRunner.getWebDriver();
        while (!(driver instanceof org.openqa.selenium.chromium.HasCdp) && driver instanceof org.openqa.selenium.WrapsDriver w) {
            driver = w.getWrappedDriver();
        }
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Browser.grantPermissions",
                java.util.Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        target.click();
        Object written = Selenide.executeAsyncJavaScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.writeText(arguments[0]).then(() => done(true), (e) => done(String(e)));""", text);
        assertThat(written).as("the text is on the clipboard").isEqualTo(true);
        Selenide.actions().keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("v").keyUp(org.openqa.selenium.Keys.CONTROL)
                .perform();
    }

    private static String scrape(String file) throws IOException {
        try (var in = ImportIT.class.getResourceAsStream("/body-detection/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPastedPageIsCutToItsArticleBeforeImporting() throws IOException {
        String page;
        try (var in = ImportIT.class.getResourceAsStream("/body-detection/004_632696d97f397886.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // As many sites print it: the byline under the headline.
        page = page.replace("Unrest In Kazakhstan Brings Human Rights Concerns\n",
                "Unrest In Kazakhstan Brings Human Rights Concerns\nBy Jane Doe\n");
        login(lead);
        ProjectPage project = ProjectPage.open(projectId);
        ProjectPage.PasteDialog dialog = project.pasteArticle()
                .title("Unrest In Kazakhstan Brings Human Rights Concerns")
                .typeText(page);
        ProjectPage.BodyReview review = dialog.detectBody();
        review.line("(c) 2022, The Organization for World Peace")
                .shouldHave(text("footer or links after the article"));
        review.line("By Jane Doe").shouldHave(text("byline (kept as metadata)"));
        review.apply();
        dialog.textField().shouldHave(value("After weeks of violent unrest"));
        dialog.bylineField().shouldHave(value("Jane Doe"));
        assertThat(dialog.textField().getValue()).doesNotContain("top of page", "Tag Cloud")
                .endsWith("prevented or punished.");
        dialog.importArticle();
        project.articles().shouldHave(text("Unrest In Kazakhstan Brings Human Rights Concerns"));
        ProjectPage.open(projectId).openArticle("Unrest In Kazakhstan Brings Human Rights Concerns");
        ImportedArticle article = new ImportedArticle();
        article.meta().shouldHave(text("Jane Doe"));
        assertThat(article.bodyText())
                .doesNotContain("Jane Doe");
    }

    @Test
    void pastedArticleIsImportedAndAPastedDuplicateIsWarnedAbout() {
        String text = TestData.fixture("003-reworded-copy.txt");
        login(lead);
        ProjectPage project = ProjectPage.open(projectId);
        project.pasteArticle()
                .title("Reworded copy")
                .outlet("Unknown site")
                .url("https://example.org/kazakhstan")
                .typeText(text)
                .importArticle();
        project.articles().shouldHave(text("Reworded copy"), text("Unknown site"));

        ProjectPage.PasteDialog again = project.pasteArticle()
                .title("Same again")
                .typeText(text.replace("\n", "\r\n") + "\n\n");
        again.importArticle();
        again.duplicateWarning().shouldHave(text("already has an article with exactly this text: \"Reworded copy\""));
        again.cancelDuplicateWarning();
        again.anyDialog().shouldBe(visible);
        again.cancel();
        assertThat(as(lead, () -> articles.list(projectId))).extracting(ArticleSummary::title).containsExactly("Reworded copy");
    }

    @Test
    void leadTrimsAScrapeToItsBodyAndReviewersCannot() {
        String scrape = """
                Home | World | Business | Search
                Updated 08 January 2022
                NEW YORK: The UN on Friday appealed to all those involved in the unrest in Kazakhstan.
                It's important that there be a stop to the violence.
                Bangladesh's religio-political party open to unity govt
                Opinion polls suggest a close second.""";
        long id = data.article(projectId, lead, "Arab News scrape", scrape);
        String reviewer = data.user("reviewer");
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);

        login(lead);
        ProjectPage project = ProjectPage.open(projectId);
        ProjectPage.TrimDialog trim = project.trimArticle()
                .firstParagraph("NEW YORK")
                .lastParagraph("stop to the violence");
        trim.preview().shouldHave(text("Keeps 2 of 6 paragraphs"));
        trim.save();
        // Saved once it says so (the list showed the article before the trim as well).
        Notifications.shown("Trimmed").shouldBe(visible);
        project.articles().shouldHave(text("Arab News scrape"));
        assertThat(as(lead, () -> articles.get(id)).text()).isEqualTo(
                "NEW YORK: The UN on Friday appealed to all those involved in the unrest in Kazakhstan.\n"
                        + "It's important that there be a stop to the violence.");

        Selenide.closeWebDriver();
        login(reviewer);
        ProjectPage asReviewer = ProjectPage.open(projectId);
        asReviewer.articles().shouldHave(text("Arab News scrape"));
        asReviewer.trimButton().shouldNot(exist);
        asReviewer.uploadButton().shouldNot(exist);
    }

    private static File write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toFile();
    }
}
