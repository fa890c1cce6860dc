package org.crosscheck.browser;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.suggest.SuggestionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.focused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * Most quotes and figures carry a pending suggestion, so marking by hand means selecting words that
 * are highlighted already: a drag selects text wherever it starts or ends, a click (no drag) opens
 * the highlight.
 */
class ReaderSelectionIT extends BrowserTest {

    private static final String LETHAL = "Lethal force, in particular live ammunition";

    @Autowired AnnotationService annotations;
    @Autowired SuggestionRunner runner;

    Team team;
    long arabNews;

    @BeforeEach
    void coverageWithSuggestions() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
    }

    private List<AnnotationDetails> annotationsOf(long articleId) {
        return as(team.reviewer(), () -> annotations.forArticle(articleId));
    }

    @Test
    void aDragFromTheFirstLetterOfASuggestionSelectsItsWordsAndQMarksThem() {
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.markContaining("Lethal force").shouldHave(cssClass("k-suggestion"), cssClass("hl-start"));

        reader.dragSelect(LETHAL);
        assertThat(reader.selectedText()).as("what the drag selected").isEqualTo(LETHAL);
        reader.toolbarButton("quote").shouldBe(visible);
        reader.press("q");
        reader.dialog().shouldBe(visible);
        reader.panel().selectedWords().shouldHave(exactText(LETHAL));
        // The drag did not open the suggestion on its way (the server has handled the key after it).
        SuggestionsPage.inReader().reviewInText().shouldNot(exist);
        // The dialog starts from the speaker the suggestion found for these words.
        reader.fieldInput("field-speaker").shouldBe(focused).shouldHave(value("Michelle Bachelet"));
        reader.save();
        assertThat(annotationsOf(arabNews)).singleElement().satisfies(a -> {
            assertThat(a.span().exact()).isEqualTo(LETHAL);
            assertThat(a.fields().speaker()).isEqualTo("Michelle Bachelet");
        });
    }

    @Test
    void aDragThatStartsOnAnAnnotationOrEndsOnASuggestionSelectsTheWordsDragged() {
        SpanRef dujarric = data.span(team.reviewer(), arabNews, "Stephane Dujarric");
        as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, dujarric.start(), dujarric.end(),
                AnnotationFields.note("The UN spokesperson")));
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.markContaining("Stephane Dujarric").shouldHave(cssClass("k-note"), cssClass("hl-start"));

        reader.dragSelect("Stephane Dujarric, spokesperson");
        assertThat(reader.selectedText()).isEqualTo("Stephane Dujarric, spokesperson");
        reader.press("f");
        reader.panel().selectedWords().shouldHave(exactText("Stephane Dujarric, spokesperson"));
        reader.cancel();
        reader.dialog().shouldNot(exist);

        reader.dragSelect("She added: “Lethal force");
        assertThat(reader.selectedText()).isEqualTo("She added: “Lethal force");
        reader.press("n");
        reader.panel().selectedWords().shouldHave(exactText("She added: “Lethal force"));
        reader.panel().details().shouldNotHave(text("The UN spokesperson"));
        SuggestionsPage.inReader().reviewInText().shouldNot(exist);
    }

    @Test
    void aClickWithoutDraggingStillOpensTheSuggestionOrTheAnnotation() {
        SpanRef dujarric = data.span(team.reviewer(), arabNews, "Stephane Dujarric");
        as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, dujarric.start(), dujarric.end(),
                AnnotationFields.note("The UN spokesperson")));
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);

        SuggestionsPage suggestions = SuggestionsPage.inReader();

        reader.clickOn(LETHAL);
        suggestions.reviewInText().shouldBe(visible);
        suggestions.shown().shouldHave(text(LETHAL));
        assertThat(reader.selectedText()).isEmpty();
        reader.toolbarButton("quote").shouldNotBe(visible);

        reader.clickOn("Stephane Dujarric");
        reader.panel().details().shouldHave(text("The UN spokesperson"));
        suggestions.reviewInText().shouldNot(exist);
    }
}
