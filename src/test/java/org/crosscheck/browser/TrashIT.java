package org.crosscheck.browser;

import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/**
 * Nothing deleted is lost at once: a lead restores a reviewer's deleted quote with its comment from
 * the trash; Ctrl+Z in the reader undoes one's own last change; an annotation's history lists every
 * version with who and when.
 */
class TrashIT extends BrowserTest {

    static final String QUOTE = "It’s important that there be a stop to the violence";

    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;

    Team team;
    long arabNews;

    @BeforeEach
    void project() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
    }

    private AnnotationDetails quote() {
        String text = as(team.reviewer(), () -> data.text(arabNews));
        int start = text.indexOf(QUOTE);
        return as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.QUOTE, start, start + QUOTE.length(),
                AnnotationFields.quote("Stephane Dujarric")));
    }

    @Test
    void aLeadRestoresFromTheTrashAReviewersDeletedQuoteWithItsComment() {
        AnnotationDetails quote = quote();
        run(team.reviewer(), () -> comments.add(quote.id(), "Spelled without the accent here"));

        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.markContaining("stop to the violence").click();
        ReaderPanel panel = reader.panel();
        panel.comments().shouldHave(text("Spelled without the accent here"));
        panel.delete().confirmButton().click();
        reader.marksContaining("stop to the violence").shouldHave(size(0));

        login(team.lead());
        TrashPage trash = TrashPage.fromProject(team.projectId());
        trash.item("It’s important").shouldHave(text("Quote"), text("reviewer Tester"));
        trash.restore("It’s important");
        trash.message().shouldHave(text("restored with its comment"));
        trash.empty().shouldBe(visible);

        ReaderPage restored = trash.openRestored();
        restored.markContaining("stop to the violence").shouldBe(visible);
        restored.panel().summary().shouldHave(text("Stephane Dujarric"));
        restored.panel().comments().shouldHave(text("Spelled without the accent here"));
    }

    @Test
    void ctrlZUndoesTheLastChangeAndSaysWhenThereIsNothingLeft() {
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.select("Kassym-Jomart Tokayev").addNote("The president");
        reader.markContaining("Kassym-Jomart Tokayev").shouldBe(visible);

        reader.undo();
        Notifications.shown("Undid adding the note").shouldBe(visible);
        reader.marksContaining("Kassym-Jomart Tokayev").shouldHave(size(0));
        assertThat(as(team.reviewer(), () -> annotations.forArticle(arabNews))).isEmpty();

        reader.undo();
        Notifications.shown("Nothing to undo").shouldBe(visible);
    }

    @Test
    void theHistoryOfAnAnnotationShowsEveryVersionWithWhoAndWhen() {
        AnnotationDetails quote = quote();
        AnnotationDetails edited = as(team.reviewer(), () -> annotations.update(quote.id(),
                AnnotationFields.quote("Stéphane Dujarric"), quote.version()));
        run(team.lead(), () -> annotations.update(quote.id(), AnnotationFields.quote("S. Dujarric"), edited.version()));

        login(team.observer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.markContaining("stop to the violence").click();
        reader.panel().history().shouldBe(visible);
        reader.panel().historyVersions().shouldHave(size(3));
        reader.panel().historyVersions().first().shouldHave(text("Version 3: updated by"), text("lead Tester"),
                text("“Stéphane Dujarric” → “S. Dujarric”"));
        reader.panel().historyVersions().last().shouldHave(text("Version 1: created by"), text("reviewer Tester"),
                text(QUOTE));
    }
}
