package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.suggest.SuggestionDetails;
import org.crosscheck.suggest.SuggestionFilter;
import org.crosscheck.suggest.SuggestionKind;
import org.crosscheck.suggest.SuggestionRunner;
import org.crosscheck.suggest.SuggestionService;
import org.crosscheck.suggest.SuggestionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.checked;
import static com.codeborne.selenide.Condition.disappear;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.focused;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/** The reader from the keyboard, as a reviewer uses it: type at once, save with Ctrl+Enter, nothing destroyed by Enter. */
class ReaderKeyboardIT extends BrowserTest {

    @Autowired AnnotationService annotations;
    @Autowired ContradictionService contradictions;
    @Autowired SuggestionRunner runner;
    @Autowired SuggestionService suggestions;

    Team team;
    long arabNews;
    long unNews;

    @BeforeEach
    void coverage() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    /** Types into whatever has the focus, as a user does without clicking a field first. */
    private static void type(CharSequence... keys) {
        new Actions(WebDriverRunner.getWebDriver()).sendKeys(keys).perform();
    }

    private static void ctrlEnter() {
        new Actions(WebDriverRunner.getWebDriver()).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    private List<AnnotationDetails> annotationsOf(long articleId) {
        return as(team.reviewer(), () -> annotations.forArticle(articleId));
    }

    @Test
    void afterQTheSpeakerFieldHasTheFocusAndWhatIsTypedIsSaved() {
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("The UN on Friday appealed");
        reader.press("q");
        reader.dialog().shouldBe(visible);
        reader.fieldInput("field-speaker").shouldBe(focused);
        type("Stephane Dujarric");
        reader.save();
        assertThat(annotationsOf(arabNews)).singleElement()
                .satisfies(a -> assertThat(a.fields().speaker()).isEqualTo("Stephane Dujarric"));
    }

    @Test
    void qOnTheWordsOfAPendingQuoteStartsFromItsSpeakerAndSavingTakesTheSuggestionOver() {
        TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
        SuggestionDetails proposed = as(team.reviewer(), () -> suggestions.page(team.projectId(),
                new SuggestionFilter(SuggestionKind.QUOTE, SuggestionStatus.PENDING, arabNews),
                org.springframework.data.domain.PageRequest.of(0, 100))).stream()
                .filter(s -> s.span().exact().startsWith("It’s important")).findFirst().orElseThrow();
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        SuggestionsPage suggestionsInText = SuggestionsPage.inReader();
        suggestionsInText.markInText("stop to the violence").shouldBe(visible);

        // Most of its words: the drag starts after its first letter (a drag from the very first letter
        // of a highlight selects nothing in Chromium, a reader fix of its own).
        reader.dragSelect("important that there be a stop to the violence");
        reader.press("q");
        reader.dialog().shouldBe(visible);
        reader.proposedFields().shouldHave(text("Filled in from the suggestion"));
        reader.fieldInput("field-speaker").shouldBe(focused).shouldHave(value("Stephane Dujarric"));
        // Still the user's to change: the spelling the UN itself uses.
        new Actions(WebDriverRunner.getWebDriver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys("Stéphane Dujarric").perform();
        reader.clickSave();
        reader.dialog().should(disappear);

        suggestionsInText.acceptedQuoteInText("stop to the violence").shouldBe(visible);
        suggestionsInText.markInText("stop to the violence").shouldNot(exist);
        reader.list().shouldHave(text("Stéphane Dujarric"));
        AnnotationDetails quote = annotationsOf(arabNews).getFirst();
        assertThat(quote.fields().speaker()).isEqualTo("Stéphane Dujarric");
        assertThat(as(team.reviewer(), () -> suggestions.get(proposed.id()))).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SuggestionStatus.ACCEPTED);
            assertThat(s.annotationId()).isEqualTo(quote.id());
        });
        // After a reload too: the suggestion is no longer drawn as pending.
        Selenide.refresh();
        new ReaderPage().ready();
        suggestionsInText.acceptedQuoteInText("stop to the violence").shouldBe(visible);
        suggestionsInText.markInText("stop to the violence").shouldNot(exist);
    }

    @Test
    void ctrlEnterSavesANoteTypedInItsField() {
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("dozens reportedly have been killed");
        reader.press("n");
        reader.fieldTextArea("field-note").shouldBe(focused);
        type("No number given");
        ctrlEnter();
        reader.dialog().should(disappear);
        reader.markContaining("dozens reportedly").shouldBe(visible);
        assertThat(annotationsOf(arabNews)).singleElement()
                .satisfies(a -> assertThat(a.fields().note()).isEqualTo("No number given"));
    }

    @Test
    void ctrlEnterSavesFromAnyFieldOfTheDialog() {
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("12 police officers");
        reader.press("f");
        reader.fieldInput("field-counts").shouldBe(focused);
        type("police officers killed");
        reader.fieldTextArea("field-note").click();
        type("From the ministry");
        // Back in the first field, still typing: Ctrl+Enter saves what both fields hold.
        reader.fieldInput("field-counts").click();
        type(" in Almaty");
        ctrlEnter();
        reader.dialog().should(disappear);
        assertThat(annotationsOf(arabNews)).singleElement().satisfies(a -> {
            assertThat(a.fields().figureCounts()).isEqualTo("police officers killed in Almaty");
            assertThat(a.fields().note()).isEqualTo("From the ministry");
            assertThat(a.fields().figureValue()).isEqualByComparingTo("12");
        });
    }

    @Test
    void enterInTheDeleteDialogOfAFigureInAContradictionDestroysNothing() {
        SpanRef arab = data.span(team.lead(), arabNews, "More than 1,000 people");
        as(team.reviewer(), () -> contradictions.create(team.projectId(), ContradictionCategory.FIGURE_MISMATCH, "injured",
                List.of(arab, data.span(team.lead(), unNews, "almost 1,000 people"))));
        SpanRef figure = data.span(team.lead(), arabNews, "1,000 people");
        as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.FIGURE, figure.start(), figure.end(),
                AnnotationFields.figure(new BigDecimal(1000), FigureQualifier.MORE_THAN, "people injured")));

        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.listRow("people injured").click();
        ReaderPanel.DeleteQuestion delete = reader.panel().delete();
        delete.element().shouldHave(text("is part of a contradiction"));
        delete.confirmButton().shouldHave(text("Delete and remove from contradiction"))
                .shouldHave(attribute("theme")).shouldHave(com.codeborne.selenide.Condition.attributeMatching("theme", ".*error.*"));
        delete.cancelButton().shouldBe(focused);
        type(Keys.ENTER);
        delete.element().should(disappear);
        assertThat(annotationsOf(arabNews)).as("the figure is still there").hasSize(1);
        assertThat(as(team.reviewer(), () -> contradictions.linkedTo(annotationsOf(arabNews).getFirst().id())))
                .as("and still in its contradiction").hasSize(1);
        reader.markContaining("1,000 people").shouldBe(visible);
    }

    @Test
    void anObserverPressingQGetsAReadOnlyHint() {
        login(team.observer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("Stephane Dujarric");
        reader.press("q");
        Notifications.shown("Observers read only").shouldBe(visible);
        reader.dialog().shouldNot(exist);
        reader.press("n");
        Notifications.allShowing("Observers read only").shouldHave(com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual(1));
        assertThat(annotationsOf(arabNews)).isEmpty();
    }

    @Test
    void aReloadAsksBeforeItDropsTypedText() {
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("dozens reportedly have been killed");
        reader.press("n");
        reader.fieldTextArea("field-note").shouldBe(focused);
        type("Half a thought");
        // ChromeDriver answers the browser's "Leave site?" question itself, so the page is asked
        // as the browser asks it: an unload event that the page may cancel.
        assertThat(reader.leavingAsksFirst()).as("a reload with typed text asks first").isTrue();
        reader.dialog().shouldBe(visible);
        reader.cancel();
        reader.dialog().should(disappear);
        assertThat(reader.leavingAsksFirst()).as("the dialog gone, a reload just reloads").isFalse();
        reader.dragSelect("dozens reportedly have been killed");
        reader.press("n");
        reader.fieldTextArea("field-note").shouldBe(focused);
        assertThat(reader.leavingAsksFirst()).as("nothing typed yet").isFalse();
    }

    @Test
    void browserBackAsksBeforeItDropsTypedTextAndDiscardGoesBack() {
        login(team.reviewer());
        // Into the reader by a link, so that Back stays in the app.
        ReaderPage reader = ProjectPage.open(team.projectId()).openArticle("Arab News");
        String readerAddress = currentUrl();
        reader.dragSelect("dozens reportedly have been killed");
        reader.press("n");
        reader.fieldTextArea("field-note").shouldBe(focused);
        type("Half a thought");

        Selenide.back();
        ReaderPage.DiscardQuestion discard = reader.discardQuestion();
        discard.element().shouldHave(text("Discard the unsaved text?"));
        discard.keepEditingButton().shouldHave(text("Keep editing")).shouldBe(focused);
        discard.discardButton().shouldHave(text("Discard"))
                .shouldHave(com.codeborne.selenide.Condition.attributeMatching("theme", ".*error.*"));
        // Enter keeps editing: the page, the dialog and the text stay.
        type(Keys.ENTER);
        discard.element().should(disappear);
        reader.fieldTextArea("field-note").shouldHave(com.codeborne.selenide.Condition.value("Half a thought"));
        reader.text().shouldBe(visible);
        assertThat(currentUrl()).as("the address still the reader's").isEqualTo(readerAddress);

        // Back again goes to the same place, and asks again: Discard leaves.
        Selenide.back();
        discard.discardButton().click();
        ProjectPage.here().title().shouldBe(visible);
        reader.dialog().shouldNot(exist);
        assertThat(currentUrl()).endsWith("/projects/" + team.projectId());
        assertThat(annotationsOf(arabNews)).isEmpty();
    }

    @Test
    void browserBackWithNothingTypedLeavesAndTakesTheDialogAlong() {
        login(team.reviewer());
        ReaderPage reader = ProjectPage.open(team.projectId()).openArticle("Arab News");
        reader.dragSelect("dozens reportedly have been killed");
        reader.press("n");
        reader.fieldTextArea("field-note").shouldBe(focused);
        Selenide.back();
        ProjectPage.here().title().shouldBe(visible);
        reader.dialog().shouldNot(exist);
        reader.discardQuestion().element().shouldNot(exist);
    }

    @Test
    void theReadersSuggestionsSwitchSurvivesAReload() {
        login(team.reviewer());
        ReaderPage.open(arabNews);
        SuggestionsPage suggestionsInText = SuggestionsPage.inReader();
        suggestionsInText.switchInText().shouldHave(attribute("checked"));
        suggestionsInText.toggleInText();
        suggestionsInText.switchInText().shouldNotHave(attribute("checked"));
        Selenide.Wait().until(d -> d.getCurrentUrl().contains("suggestions=off"));
        Selenide.refresh();
        new ReaderPage().ready();
        suggestionsInText.switchInText().shouldNotHave(attribute("checked"));
        suggestionsInText.toggleInText();
        suggestionsInText.switchInText().shouldHave(attribute("checked"));
        Selenide.Wait().until(d -> !d.getCurrentUrl().contains("suggestions=off"));
    }

    @Test
    void theSuggestionsPageFiltersSurviveAReload() {
        login(team.reviewer());
        SuggestionsPage page = SuggestionsPage.visit(team.projectId());
        page.filterBy("filter-kind", "Figures");
        page.filterBy("filter-status", "Rejected");
        Selenide.Wait().until(d -> d.getCurrentUrl().contains("status=rejected"));
        assertThat(currentUrl()).contains("kind=figures");
        Selenide.refresh();
        page.filter("filter-kind").shouldHave(text("Figures"));
        page.filter("filter-status").shouldHave(text("Rejected"));
        // The defaults are not written: a plain address means all pending suggestions.
        page.filterBy("filter-kind", "All");
        page.filterBy("filter-status", "Pending");
        Selenide.Wait().until(d -> !d.getCurrentUrl().contains("?"));
    }

    @Test
    void onAPhoneTheTextTakesMostOfTheScreenAndTheListsAreBelowIt() {
        login(team.reviewer());
        WebDriverRunner.getWebDriver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        ReaderPage reader = ReaderPage.open(arabNews);
        long width = reader.windowWidth();
        assertThat(width).as("a phone-wide page").isLessThanOrEqualTo(400);
        double viewport = reader.windowHeight();
        double textHeight = reader.textPaneHeight();
        assertThat(textHeight).as("the text pane's height of a %s px viewport", viewport).isGreaterThan(0.6 * viewport);
        // The wheel over the header scrolls the page down to the lists below the text.
        assertThat(reader.suggestionsSwitchInTheWindow()).as("the lists start below the fold").isFalse();
        reader.wheelOverTheHeader(3000);
        Selenide.Wait().until(d -> reader.suggestionsSwitchInTheWindow());
        reader.list().shouldBe(visible);
    }
}
