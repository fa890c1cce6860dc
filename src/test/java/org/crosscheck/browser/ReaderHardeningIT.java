package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.GlobalRole;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.article.ArticleService;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.HasCapabilities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.cssValue;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** The reader when the ground moves under it: spans, deletions, readers that vanish, hostile names. */
class ReaderHardeningIT extends BrowserTest {

    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired ContradictionService contradictions;
    @Autowired ProjectService projects;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;

    String lead;
    String reviewer;
    long projectId;
    long arabNews;
    long unNews;

    @BeforeEach
    void project() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        arabNews = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(projectId, lead, "001-un-news-scoop.txt", "UN News");
    }

    private SpanRef span(long articleId, String exact) {
        return data.span(lead, articleId, exact);
    }

    @Test
    void theTextIsFetchedOnlyByReadersOfTheProjectAndOnlyAsTheirPageWasDrawn() {
        var article = as(lead, () -> articles.get(arabNews));
        SpanRef quoted = span(arabNews, "The UN on Friday appealed");
        as(lead, () -> annotations.create(arabNews, AnnotationKind.QUOTE, quoted.start(), quoted.end(),
                AnnotationFields.quote("the UN")));
        login(reviewer);
        ReaderPage reader = ReaderPage.visit(arabNews);
        reader.text().shouldHave(attribute("data-ready", "1"));
        // The page asked for the text and the marks while Vaadin started, and the element drew those.
        assertThat(reader.preloads().asFixedIterable().stream().map(l -> l.getAttribute("href")))
                .hasSize(2).anySatisfy(href -> assertThat(href).endsWith("article-text/" + arabNews + "?h="
                        + article.contentHash()))
                .anySatisfy(href -> assertThat(href).endsWith("article-marks/" + arabNews));
        assertThat(reader.marksFetches()).as("fetched once, by the preload").isEqualTo(1L);
        reader.markOf("k-quote").shouldHave(text("The UN on Friday appealed"));
        assertThat(reader.bodyText()).contains("NEW YORK: The UN on Friday appealed");

        List<?> fetched = fetch("article-text/" + arabNews + "?h=" + article.contentHash());
        assertThat(fetched.get(0)).isEqualTo(200L);
        assertThat((String) fetched.get(1)).as("kept, but asked for again each time").contains("private", "no-cache");
        assertThat(fetched.get(2)).isEqualTo(article.text());
        assertThat(fetch("article-text/" + arabNews + "?h=another-text").get(0)).as("a page drawn with another text")
                .isEqualTo(409L);
        List<?> marks = fetch("article-marks/" + arabNews);
        assertThat(marks.get(0)).isEqualTo(200L);
        assertThat((String) marks.get(1)).as("never kept: they change with every annotation").contains("no-store");
        assertThat(((String) marks.get(2)).split("\n")).as("which changes they hold, then a mark a line")
                .hasSize(2).satisfies(lines -> assertThat(lines[0]).startsWith("{\"seen\":"))
                .satisfies(lines -> assertThat(lines[1]).startsWith("{\"id\":\"a").contains("\"k\":\"quote\""));

        // Someone outside the project learns nothing, as for an article that does not exist.
        String outsider = data.user("outsider");
        com.codeborne.selenide.Selenide.clearBrowserCookies();
        // Signed out (an expired session): the sign-in page that answers is not taken for the text.
        reader.loadTextFrom("article-text/" + arabNews + "?h=" + article.contentHash() + "&again");
        reader.text().shouldHave(text("The text of this article could not be loaded"));
        // Nor for the marks; and after signing in, neither is where the user is taken back to.
        assertThat((String) fetch("article-marks/" + arabNews).get(2)).doesNotContain("\"seen\"");
        login(outsider);
        assertThat(fetch("article-text/" + arabNews + "?h=" + article.contentHash()).get(0)).isEqualTo(404L);
        assertThat(fetch("article-text/999999999?h=" + article.contentHash()).get(0)).isEqualTo(404L);
        assertThat(fetch("article-marks/" + arabNews).get(0)).isEqualTo(404L);
        assertThat(fetch("article-marks/999999999").get(0)).isEqualTo(404L);
        ReaderPage outsiders = ReaderPage.visit(arabNews);
        ErrorPage.here().notFound().shouldBe(visible);
        assertThat(outsiders.preloads()).isEmpty();
    }

    /**
     * The marks fetched beside Vaadin's round trip are drawn only when they hold every change the
     * page follows; older ones, or none at all, and the server sends them with the changes since.
     */
    @Test
    void marksThatAreOlderThanThePageOrCannotBeFetchedAreSentByTheServer() {
        SpanRef quoted = span(arabNews, "The UN on Friday appealed");
        as(lead, () -> annotations.create(arabNews, AnnotationKind.QUOTE, quoted.start(), quoted.end(),
                AnnotationFields.quote("the UN")));
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.text().shouldHave(attribute("data-ready", "1"));

        // Marks older than the page's subscription (a change came in between): not drawn as they are.
        reader.fetchMarksOlderThanThePage("article-marks/" + arabNews + "?again");
        SpanRef figure = span(arabNews, "1,000 people");
        as(lead, () -> annotations.create(arabNews, AnnotationKind.FIGURE, figure.start(), figure.end(),
                AnnotationFields.figure(new BigDecimal(1000), FigureQualifier.MORE_THAN, "people injured")));
        // The change sent meanwhile waited for the marks the server sent after it, which hold it too.
        reader.text().shouldHave(attribute("data-ready", "2"));
        reader.markContaining("The UN on Friday").shouldHave(cssClass("k-quote"));
        reader.markContaining("1,000 people").shouldHave(cssClass("k-figure"));

        // Marks that cannot be fetched (no such article): the server sends them.
        reader.fetchMarksFrom("article-marks/999999999");
        long figureId = as(lead, () -> annotations.forArticle(arabNews)).stream()
                .filter(a -> a.kind() == AnnotationKind.FIGURE).findFirst().orElseThrow().id();
        run(lead, () -> annotations.delete(figureId));
        reader.text().shouldHave(attribute("data-ready", "1"));
        reader.markContaining("The UN on Friday").shouldHave(cssClass("k-quote"));
        assertThat(reader.marksOf("k-figure")).isEmpty();
    }

    /** [status, Cache-Control, body] of a same-origin fetch from the page, with the page's session. */
    private static List<?> fetch(String address) {
        return (List<?>) com.codeborne.selenide.Selenide.executeAsyncJavaScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(r => r.text().then(t => done([r.status, r.headers.get('cache-control') || '', t])));""", address);
    }

    @Test
    void hidingAKindOnALargeArticleRedrawsEveryPartOnItsOwnWordsAndKeepsTheReadersPlace() {
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            report.append("Paragraph ").append(i).append(" reports what the outlets said about the unrest in Almaty.\n");
        }
        long articleId = data.article(projectId, lead, "A long report", report.toString().strip());
        String text = as(lead, () -> articles.get(articleId)).text();
        List<NewAnnotation> marks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < 3_000; i += 50) {
            String words = "Paragraph " + i;
            int at = text.indexOf(words + " ");
            boolean note = i % 100 == 0;
            (note ? notes : quotes).add(words);
            marks.add(new NewAnnotation(note ? AnnotationKind.NOTE : AnnotationKind.QUOTE, at, at + words.length(),
                    note ? AnnotationFields.note("checked") : AnnotationFields.quote("an official")));
        }
        run(lead, () -> annotations.createAll(articleId, marks));
        login(reviewer);
        ReaderPage reader = ReaderPage.open(articleId);
        reader.text().shouldHave(attribute("data-ready", "60"), attribute("large"));
        reader.scrollParagraphIntoView(1500);
        double before = reader.paragraphTop(1500);

        // Off: every part is redrawn, the ones far above and below the screen too.
        reader.panel().toggleKind("Note");
        reader.marksOf("k-note").shouldHave(size(0));
        assertThat(reader.markTexts("k-quote")).containsExactlyElementsOf(quotes);
        assertThat(reader.paragraphTop(1500)).isCloseTo(before, within(2.0));

        reader.panel().toggleKind("Note");
        reader.marksOf("k-note").shouldHave(size(notes.size()));
        assertThat(reader.markTexts("k-note")).containsExactlyElementsOf(notes);
        assertThat(reader.markTexts("k-quote")).containsExactlyElementsOf(quotes);
        assertThat(reader.paragraphTop(1500)).isCloseTo(before, within(2.0));
    }

    @Test
    void deletingAFigureInsideAContradictionMadeBySelectionAsksFirst() {
        as(reviewer, () -> contradictions.create(projectId, ContradictionCategory.FIGURE_MISMATCH, "injured",
                List.of(span(arabNews, "More than 1,000 people"), span(unNews, "almost 1,000 people"))));
        SpanRef figure = span(arabNews, "1,000 people");
        as(reviewer, () -> annotations.create(arabNews, AnnotationKind.FIGURE, figure.start(), figure.end(),
                AnnotationFields.figure(new BigDecimal(1000), FigureQualifier.MORE_THAN, "people injured")));

        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.list().shouldHave(text("people injured"));
        reader.listRow("people injured").click();
        ReaderPanel.DeleteQuestion delete = reader.panel().delete();
        delete.element().shouldHave(text("is part of a contradiction"), text("Figure mismatch"));
        delete.anyRejectButton().shouldHave(text("keep in contradiction")).click();
        reader.markContaining("More than 1,000").shouldHave(cssClass("k-contradiction"));
        assertThat(as(reviewer, () -> annotations.forArticle(arabNews))).isEmpty();
    }

    @Test
    void whatIsMissingOrWrongInTheDialogIsShownOnItsFieldAndNothingIsSaved() {
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("12 police officers");
        reader.press("f");
        reader.field("field-value").setValue("12.123456");
        reader.clickSave();
        reader.fieldComponent("field-counts").shouldHave(attribute("invalid"))
                .shouldHave(text("What does the figure count? For example \"police officers killed\"."));
        reader.fieldComponent("field-value").shouldHave(attribute("invalid")).shouldHave(text("At most 4 decimal places."));
        reader.dialog().shouldBe(visible);
        reader.field("field-value").setValue("12");
        reader.field("field-counts").setValue("police officers killed");
        reader.save();
        reader.markContaining("12 police officers").shouldHave(cssClass("k-figure"));
        assertThat(as(reviewer, () -> annotations.forArticle(arabNews))).singleElement()
                .satisfies(a -> assertThat(a.fields().figureValue()).isEqualByComparingTo("12"));
    }

    @Test
    void anArticlesDetailsAreCheckedOnTheirFields() {
        login(lead);
        ProjectPage project = ProjectPage.open(projectId).editArticle(0);
        ProjectPage.ArticleDetailsDialog details = project.articleDetails();
        details.typeTitle("");
        details.typeUrl("ftp://files.example/story");
        details.save();
        details.titleField().shouldHave(attribute("invalid"));
        details.urlField().shouldHave(attribute("invalid"))
                .shouldHave(text("A web address starting with http:// or https://."));
        details.typeTitle("Arab News, corrected");
        details.typeUrl("https://www.arabnews.com/node/1");
        // A publication time: not a time, then a time without its date, then one that holds.
        details.typePublishedTime("late evening");
        details.save();
        details.publishedTimeField().shouldHave(attribute("invalid")).shouldHave(text("Type a time as 14:05 (UTC)."));
        details.typePublishedDate("");
        details.typePublishedTime("21:30");
        details.save();
        details.publishedTimeField().shouldHave(attribute("invalid")).shouldHave(text("A time needs its date."));
        details.typePublishedDate("8/1/2022");
        details.save();
        project.articles().shouldHave(text("Arab News, corrected"));
        project.articles().shouldHave(text("21:30"));
        assertThat(as(lead, () -> articles.get(arabNews)).publishedAt()).isNotNull()
                .satisfies(at -> assertThat(at.toString()).endsWith("T21:30:00Z"));
    }

    @Test
    void aSpanWhoseOffsetsNoLongerHoldItsTextIsDrawnOnItsOwnWordsOrNotAtAll() {
        SpanRef police = span(arabNews, "12 police officers");
        SpanRef injured = span(arabNews, "More than 1,000 people");
        AnnotationDetails moved = as(reviewer, () -> annotations.create(arabNews, AnnotationKind.FIGURE, police.start(),
                police.end(), AnnotationFields.figure(new BigDecimal(12), null, "police officers killed")));
        as(reviewer, () -> annotations.create(arabNews, AnnotationKind.NOTE, injured.start(), injured.end(),
                AnnotationFields.note("will be orphaned")));
        // What a broken trim or a restore from an older backup leaves: the text shifted under the offsets,
        // and one span's words gone altogether.
        String text = as(lead, () -> articles.get(arabNews)).text();
        // A restore brings the text's hash along with the text (the app keeps frozen texts by hash).
        jdbc.update("update article set body_text = ?, content_hash = 'restored' where id = ?",
                "Editor's note: corrected.\n" + text.replace("More than 1,000 people", "Many people"), arabNews);

        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.markContaining("12 police officers").shouldHave(cssClass("k-figure"));
        assertThat(reader.markTexts()).containsExactly("12 police officers");
        assertThat(moved.span().exact()).isEqualTo("12 police officers");
    }

    @Test
    void aReaderIsToldAtOnceWhenTheirArticleIsDeleted() {
        login(reviewer);
        ReaderPage reader = ReaderPage.open(unNews);
        run(lead, () -> articles.delete(unNews));
        reader.deletedNotice().shouldBe(visible).shouldHave(text("This article was deleted"), text("lead Tester"));
        ProjectPage project = reader.backToProject();
        project.title().shouldBe(visible);
        project.articles().shouldHave(text("Arab News")).shouldNotHave(text("UN News"));
    }

    @Test
    void aReaderWhoseBrowserDiesLeavesThePresenceAvatarsWithinSeconds() {
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        SelenideDriver leads = newBrowser("http://localhost:" + port);
        try {
            login(leads, lead);
            ReaderPage.open(leads, arabNews);
            reader.readers().shouldHave(size(2));
            // Kill the lead's browser the way a crash does: no page unload, no goodbye to the server.
            killBrowser(leads);
            reader.readers().shouldHave(size(1), Duration.ofSeconds(30));
            reader.firstReader().shouldHave(attribute("name", "reviewer Tester"));
        } finally {
            try {
                leads.close();
            } catch (RuntimeException alreadyDead) {
                // the process is gone; the driver may say so
            }
        }
    }

    /** SIGKILL for every Chromium process of this driver (found by its own --user-data-dir). */
    @SuppressWarnings("unchecked")
    private static void killBrowser(SelenideDriver browser) {
        Map<String, Object> chrome = (Map<String, Object>) ((HasCapabilities) browser.getWebDriver())
                .getCapabilities().getCapability("chrome");
        String userDataDir = (String) chrome.get("userDataDir");
        List<ProcessHandle> chromium = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> (c + " ").contains("--user-data-dir=" + userDataDir + " "))
                        .orElse(false))
                .toList();
        assertThat(chromium).as("Chromium processes of the second browser").isNotEmpty();
        chromium.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void namesAndTitlesWithDirectionalOverridesCannotReorderTheInterface() {
        String evil = "evil-" + UUID.randomUUID().toString().substring(0, 8);
        RunAs.admin("admin", () -> accounts.createUser(evil, "\u202Eevil", TestData.PASSWORD, GlobalRole.USER));
        data.member(projectId, lead, evil, ProjectRole.REVIEWER);
        SpanRef police = span(arabNews, "12 police officers");
        as(evil, () -> annotations.create(arabNews, AnnotationKind.NOTE, police.start(), police.end(),
                AnnotationFields.note("from a hostile name")));

        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.markContaining("12 police officers").click();
        // The name sits in its own isolate inside the sentence, so "by" stays before it.
        String by = reader.panel().authorLine().getText();
        assertThat(by).startsWith("by \u2068").endsWith("\u2069");
        ProjectPage project = ProjectPage.open(projectId).members();
        project.memberCell("evil").shouldHave(cssValue("unicode-bidi", "isolate"));
        project.title().shouldHave(cssValue("unicode-bidi", "isolate"));
    }

    @Test
    void theMemberPickerSearchesByUsernameAndNeverListsEveryone() {
        String colleague = data.user("colleague");
        login(lead);
        ProjectPage project = ProjectPage.open(projectId).members();
        project.memberPicker().click();
        project.memberOptions().shouldHave(size(0));
        project.memberPicker().setValue("co");
        project.memberOptions().shouldHave(size(0));
        project.memberPicker().setValue(colleague);
        project.memberOptions().shouldHave(size(1)).first().shouldHave(text("colleague Tester"), text(colleague));
        project.memberOptions().first().click();
        project.addMember();
        project.memberGrid().shouldHave(text(colleague));
    }

    @Test
    void theProjectsArticleListShowsWhatIsMarkedOnEachArticle() {
        SpanRef police = span(arabNews, "12 police officers");
        as(reviewer, () -> annotations.create(arabNews, AnnotationKind.NOTE, police.start(), police.end(),
                AnnotationFields.note("n")));
        as(reviewer, () -> contradictions.create(projectId, ContradictionCategory.FIGURE_MISMATCH, null,
                List.of(span(arabNews, "More than 1,000 people"), span(unNews, "almost 1,000 people"))));
        login(reviewer);
        ProjectPage project = ProjectPage.open(projectId);
        project.articles().shouldHave(text("Annotations"), text("Contradictions"), text("Arab News"));
        // Title, outlet, published, characters, annotations, contradictions, status, assigned to.
        assertThat(project.articleRow("Arab News")).hasSize(8).endsWith("1", "1", "To do", "—");
        assertThat(project.articleRow("UN News")).hasSize(8).endsWith("0", "1", "To do", "—");
    }
}
