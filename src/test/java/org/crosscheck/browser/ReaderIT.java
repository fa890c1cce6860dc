package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.refresh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;

/** Reading and annotating an article in Chromium. */
class ReaderIT extends BrowserTest {

    private static final String BACHELET = "International law is clear: People have the right to peaceful protest and freedom of expression";

    @Autowired AnnotationService annotations;
    @Autowired ArticleService articles;
    @Autowired ProjectService projects;

    String lead;
    String reviewer;
    long projectId;
    long arabNews;

    @BeforeEach
    void project() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        arabNews = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "UN calls on all involved to choose peace");
    }

    @Test
    void reviewerMarksBacheletsQuoteWithTheMouseAndFindsItAfterReload() {
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect(BACHELET);
        reader.toolbarButton("quote").shouldBe(visible).click();
        reader.dialog().shouldBe(visible);
        reader.panel().selectedWords().shouldHave(text(BACHELET));
        reader.field("field-speaker").setValue("Michelle Bachelet");
        reader.save();

        reader.markContaining("International law is clear").shouldHave(cssClass("k-quote"));
        reader.list().shouldHave(text("Michelle Bachelet"));
        Selenide.screenshot("reader-after-quote");

        refresh();
        reader.ready();
        assertThat(String.join("", reader.markTexts())).isEqualTo(BACHELET);
        reader.markContaining("International law is clear").shouldHave(cssClass("k-quote"));
        reader.list().shouldHave(text("Michelle Bachelet"), text("International law is clear"));

        List<AnnotationDetails> stored = as(reviewer, () -> annotations.forArticle(arabNews));
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AnnotationKind.QUOTE);
            assertThat(a.span().exact()).isEqualTo(BACHELET);
            assertThat(a.fields().speaker()).isEqualTo("Michelle Bachelet");
        });
    }

    @Test
    void reviewerMarksTwelvePoliceOfficersAsAFigureWithTheKeyboard() {
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("12 police officers");
        reader.toolbarButton("figure").shouldBe(visible);
        reader.press("f");
        reader.dialog().shouldBe(visible);
        reader.fieldInput("field-value").shouldHave(value("12"));
        reader.fieldComponent("field-qualifier").shouldHave(text("none"));
        reader.field("field-counts").setValue("police officers killed");
        reader.save();

        reader.markContaining("12 police officers").shouldHave(cssClass("k-figure"));
        reader.list().shouldHave(text("12 police officers killed"));
        refresh();
        reader.ready().markContaining("12 police officers").shouldHave(cssClass("k-figure"));
        AnnotationDetails figure = as(reviewer, () -> annotations.forArticle(arabNews)).getFirst();
        assertThat(figure.span().exact()).isEqualTo("12 police officers");
        assertThat(figure.fields().figureValue()).isEqualByComparingTo("12");
        assertThat(figure.fields().figureCounts()).isEqualTo("police officers killed");
    }

    @Test
    void whiteSpaceOrNoSelectionShowsAHintAndCreatesNothing() {
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.selectRange(" ", " ");
        reader.press("q");
        Notifications.shown("Select some words first").shouldBe(visible);
        reader.dialog().shouldNot(exist);

        reader.clearSelection();
        reader.press("n");
        Notifications.allShowing("Select some words first").shouldHave(size(2));
        assertThat(as(reviewer, () -> annotations.forArticle(arabNews))).isEmpty();
    }

    @Test
    void offsetsAfterTheFlagEmojiLandOnTheSelectedWords() {
        long republic = data.fixtureArticle(projectId, lead, "002-republic-world.txt", "Republic World");
        login(reviewer);
        ReaderPage reader = ReaderPage.open(republic);
        reader.dragSelect("UN Human Rights Chief");
        reader.press("n");
        reader.field("field-note").setValue("Tweet after the 🇰🇿 flag");
        reader.save();
        reader.markContaining("UN Human Rights Chief").shouldHave(cssClass("k-note"));
        AnnotationDetails note = as(reviewer, () -> annotations.forArticle(republic)).getFirst();
        assertThat(note.span().exact()).isEqualTo("UN Human Rights Chief");
        String text = as(reviewer, () -> articles.get(republic)).text();
        assertThat(text.substring(note.span().start(), note.span().end())).isEqualTo("UN Human Rights Chief");
        assertThat(note.fields().note()).isEqualTo("Tweet after the 🇰🇿 flag");
    }

    @Test
    void overlappingAndCrossParagraphHighlightsRenderWithoutLosingText() {
        String text = as(lead, () -> articles.get(arabNews)).text();
        int figure = text.indexOf("More than 1,000 people");
        int nextParagraph = text.indexOf("According to the Kazakh interior ministry");
        as(lead, () -> annotations.create(arabNews, AnnotationKind.FIGURE, figure, figure + 22,
                new AnnotationFields(null, new BigDecimal(1000), null, "people injured", null, null)));
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.selectRange("1,000 people reportedly", "According to the Kazakh");
        reader.press("n");
        reader.field("field-note").setValue("Two paragraphs");
        reader.save();

        reader.markContaining("1,000 people").shouldHave(cssClass("hl-multi"), cssClass("k-figure"), cssClass("k-note"));
        reader.markContaining("According to the Kazakh").shouldHave(cssClass("k-note"));
        // Every character of the article is drawn exactly once, highlights or not.
        String drawn = reader.drawnParagraphs();
        assertThat(drawn).isEqualTo(text);
        AnnotationDetails across = as(reviewer, () -> annotations.forArticle(arabNews)).stream()
                .filter(a -> a.kind() == AnnotationKind.NOTE).findFirst().orElseThrow();
        assertThat(across.span().exact()).startsWith("1,000 people reportedly").endsWith("According to the Kazakh")
                .contains("\n");
        assertThat(across.span().start()).isLessThan(nextParagraph);
    }

    @Test
    void authorEditsAndDeletesTheirAnnotation() {
        int start = as(lead, () -> articles.get(arabNews)).text().indexOf("dozens reportedly have been killed");
        long id = as(reviewer, () -> annotations.create(arabNews, AnnotationKind.NOTE, start, start + 34,
                AnnotationFields.note("vague"))).id();
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        ReaderPanel panel = reader.panel();
        reader.markContaining("dozens reportedly").click();
        panel.summary().shouldHave(text("vague"));
        panel.edit();
        reader.field("field-note").setValue("No number given");
        reader.save();
        panel.summary().shouldHave(text("No number given"));
        reader.list().shouldHave(text("No number given"));

        ReaderPanel.DeleteQuestion delete = panel.delete();
        delete.element().shouldBe(visible);
        delete.anyConfirmButton().shouldHave(text("Delete")).click();
        reader.marks().shouldHave(size(0));
        assertThat(as(reviewer, () -> annotations.forArticle(arabNews))).isEmpty();
        assertThatThrownBy(() -> as(reviewer, () -> annotations.get(id))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void observerSeesHighlightsButCannotCreateOrDelete() {
        String observer = data.user("observer");
        data.member(projectId, lead, observer, ProjectRole.OBSERVER);
        int start = as(lead, () -> articles.get(arabNews)).text().indexOf("12 police officers");
        as(lead, () -> annotations.create(arabNews, AnnotationKind.FIGURE, start, start + 18,
                AnnotationFields.figure(new BigDecimal(12), null, "police officers killed")));

        login(observer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.text().shouldHave(attribute("readonly"));
        reader.markContaining("12 police officers").shouldHave(cssClass("k-figure"));
        reader.hint().shouldHave(text("not annotate"));

        reader.dragSelect("Stephane Dujarric");
        reader.toolbar().shouldBe(hidden);
        reader.press("q");
        reader.dialog().shouldNot(exist);

        reader.markContaining("12 police officers").click();
        ReaderPanel panel = reader.panel();
        panel.summary().shouldHave(text("12 police officers killed"));
        panel.deleteButton().shouldNot(exist);
        panel.editButton().shouldNot(exist);
        assertThat(as(observer, () -> annotations.forArticle(arabNews))).hasSize(1);
    }

    @Test
    void aNonMemberOpeningAnArticleByUrlIsRefusedAndSeesNothingOfIt() {
        String outsider = data.user("outsider");
        long otherProject = data.project(outsider);
        login(outsider);
        ErrorPage refused = ErrorPage.open("/articles/" + arabNews);
        refused.notFound().shouldBe(visible).shouldHave(text("does not exist, or you do not have access"));
        refused.wholePage().shouldNotHave(text("UN calls on all involved"));
        new ReaderPage().text().shouldNot(exist);

        ErrorPage.open("/projects/" + projectId).notFound().shouldBe(visible);
        // The same page for an id that does not exist: probing reveals nothing.
        ErrorPage.open("/articles/987654321").notFound().shouldBe(visible);
        ProjectPage.open(otherProject).title().shouldBe(visible);
    }

    @Test
    void aReviewerRemovedWhileReadingIsRefusedOnTheNextSaveWithAClearMessage() {
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("12 police officers");
        reader.press("f");
        reader.field("field-counts").setValue("police officers killed");
        long reviewerId = as(lead, () -> projects.members(projectId)).stream()
                .filter(m -> m.user().username().equals(reviewer)).findFirst().orElseThrow().user().id();
        TestData.run(lead, () -> projects.removeMember(projectId, reviewerId));

        reader.clickSave();
        // Told as for anything out of reach: nothing here says whether the project still exists.
        Notifications.shown("you no longer have access to it").shouldBe(visible);
        reader.dialog().shouldBe(visible); // what was typed is still there
        reader.fieldInput("field-counts").shouldHave(value("police officers killed"));
        assertThat(as(lead, () -> annotations.forArticle(arabNews))).isEmpty();
    }

    @Test
    void whatUsersTypeIsShownAsTextNeverAsMarkup() {
        String attack = "<img src=x onerror=\"window.__xss='speaker'\">";
        int start = as(lead, () -> articles.get(arabNews)).text().indexOf("Stephane Dujarric");
        as(lead, () -> annotations.create(arabNews, AnnotationKind.QUOTE, start, start + 17,
                new AnnotationFields(attack, null, null, null, null, "<b onmouseover=alert(1)>note</b>")));
        login(reviewer);
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.markContaining("Stephane Dujarric").shouldHave(attribute("title", "Quote: " + attack + " (\u2068lead Tester\u2069)"));
        reader.markContaining("Stephane Dujarric").click();
        reader.panel().summary().shouldHave(text(attack));
        reader.list().shouldHave(text(attack));
        reader.images("x").shouldHave(size(0));
        assertThat(reader.noInjectedScriptRan()).isEqualTo(true);
    }

    @Test
    void afterTheSessionExpiresSigningInAgainLeadsBackToTheArticle() {
        login(reviewer);
        ReaderPage.open(arabNews);
        // The session ends (expired on the server, or the cookie is gone): the next request must sign in again.
        com.codeborne.selenide.WebDriverRunner.getWebDriver().manage().deleteCookieNamed("JSESSIONID");
        refresh();
        ReaderPage reader = ReaderPage.signInAgain(reviewer, TestData.PASSWORD);
        reader.title().shouldHave(text("UN calls on all involved to choose peace"));
        assertThat(currentUrl()).matches(".*/articles/" + arabNews + "(\\?.*)?");
    }

    @Test
    void aWrongPasswordGetsAGenericMessage() {
        login(reviewer, "not-the-password");
        LoginPage.form().shouldHave(text("The user name or password is not correct"));
        login("nobody-" + System.nanoTime(), "whatever-password");
        LoginPage.form().shouldHave(text("The user name or password is not correct"));
        Menu.here().currentUser().shouldNot(exist);
        login(reviewer, TestData.PASSWORD);
        Menu.here().currentUser().shouldBe(visible);
        new ProjectListPage().projects().shouldHave(text("Project"));
        Menu.here().logout();
        LoginPage.usernameField().shouldBe(visible);
    }
}
