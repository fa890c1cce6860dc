package org.crosscheck.browser;

import org.crosscheck.article.ArticleDetails;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import com.codeborne.selenide.Selenide;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** The reader as a reviewer lives in it all day (issue 9). */
class ReaderWorkflowIT extends BrowserTest {

    @Autowired AnnotationService annotations;
    @Autowired ProjectService projects;
    @Autowired org.crosscheck.review.ContradictionService contradictions;
    @Autowired org.crosscheck.article.ArticleService articles;

    Team team;
    long arabNews;

    @BeforeEach
    void project() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
    }

    @Test
    void theSelectedAnnotationFollowsWhatOthersDoToIt() {
        SpanRef police = data.span(team.lead(), arabNews, "12 police officers");
        AnnotationDetails note = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE,
                police.start(), police.end(), AnnotationFields.note("first wording")));

        login(team.lead());
        ReaderPage reader = ReaderPage.open(arabNews);
        ReaderPanel panel = reader.panel();
        reader.markContaining("12 police officers").click();
        panel.summary().shouldHave(text("first wording"));
        panel.replyField().setValue("typed, not sent");

        // The author edits it elsewhere: the panel shows the new wording, the reply being typed stays.
        run(team.reviewer(), () -> annotations.update(note.id(), AnnotationFields.note("second wording"), note.version()));
        panel.summary().shouldHave(text("second wording"));
        panel.replyField().shouldHave(com.codeborne.selenide.Condition.value("typed, not sent"));
        // Edit acts on the version now shown: saving it is not refused as a conflict.
        panel.edit();
        reader.field("field-note").setValue("third wording, by the lead");
        reader.save();
        panel.summary().shouldHave(text("third wording, by the lead"));

        // Deleted elsewhere: the panel says so and offers nothing that would fail.
        AnnotationDetails current = as(team.lead(), () -> annotations.get(note.id()));
        run(team.reviewer(), () -> annotations.delete(current.id()));
        panel.deletedNotice().shouldBe(visible).shouldHave(text("was deleted by"), text("reviewer Tester"));
        panel.editButton().shouldNot(exist);
        panel.deleteButton().shouldNot(exist);
        panel.reply().shouldNot(exist);
        assertThat(as(team.lead(), () -> annotations.forArticle(arabNews))).isEmpty();
    }

    @Test
    void membersChangeRoleInTheirRowAreRemovedOnlyAfterConfirmingAndAreNotOfferedAgain() {
        login(team.lead());
        ProjectPage project = ProjectPage.open(team.projectId()).members();
        // The picker offers people who are not members yet.
        project.memberPicker().setValue(team.reviewer());
        project.memberOptions().shouldHave(size(0));

        // A role changes in the member's row.
        project.memberGrid().shouldHave(text("observer Tester"));
        project.changeRole("observer Tester", "Reviewer");
        Notifications.shown("observer Tester").shouldHave(text("is now reviewer"));
        assertThat(as(team.lead(), () -> projects.members(team.projectId()))).anySatisfy(m -> {
            assertThat(m.user().username()).isEqualTo(team.observer());
            assertThat(m.role()).isEqualTo(ProjectRole.REVIEWER);
        });

        // Removing asks first, naming the person; cancelling keeps them.
        project.askToRemoveMember("reviewer Tester");
        project.removeMemberQuestion().shouldHave(text("Remove"), text("reviewer Tester"));
        project.cancelRemoval();
        project.memberGrid().shouldHave(text("reviewer Tester"));
        project.askToRemoveMember("reviewer Tester");
        project.confirmRemoval();
        project.memberGrid().shouldNotHave(text("reviewer Tester"));
        assertThat(as(team.lead(), () -> projects.members(team.projectId())))
                .noneSatisfy(m -> assertThat(m.user().username()).isEqualTo(team.reviewer()));
    }

    @Test
    void theSidePanelsFiltersFilterTheHighlightsAndTheCountSaysWhatItCounts() {
        SpanRef police = data.span(team.lead(), arabNews, "12 police officers");
        SpanRef injured = data.span(team.lead(), arabNews, "More than 1,000 people");
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, police.start(), police.end(),
                AnnotationFields.note("a note")));
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.QUOTE, injured.start(), injured.end(),
                AnnotationFields.quote("someone")));
        login(team.observer());
        ReaderPage reader = ReaderPage.open(arabNews);
        ReaderPanel panel = reader.panel();
        panel.count().shouldHave(text("2 annotations"));
        reader.markContaining("12 police officers").shouldBe(visible);

        panel.toggleKind("Note");
        panel.count().shouldHave(text("1 of 2 annotations shown"));
        reader.markContaining("More than 1,000 people").shouldBe(visible);
        reader.marksContaining("12 police officers").shouldHave(size(0));

        panel.toggleKind("Note");
        reader.markContaining("12 police officers").shouldBe(visible);
        panel.count().shouldHave(text("2 annotations"));
    }

    @Test
    void theLinkDialogNamesEachSidesOutletAndSuggestsTheCategoryFromWhatIsLinked() {
        login(team.reviewer());
        long unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.left.dragSelect("Stephane Dujarric");
        compare.right.dragSelect("Stéphane Dujarric");
        ComparePage.LinkDialog dialog = compare.link();
        dialog.element().shouldHave(text("Arab News Outlet"), text("UN News Outlet"));
        // Names, not numbers: no figure mismatch suggested.
        dialog.category().shouldHave(text("Other"));
        dialog.save();
        compare.details().shouldHave(text("Other"));
    }

    @Test
    void theArticleGridSortsShowsWholeTitlesAndMarksMissingDates() {
        long undated = data.article(team.projectId(), team.lead(), "A much longer title than the column has room for",
                "Some text of an undated article.");
        run(team.lead(), () -> articles.updateDetails(undated, new ArticleDetails(
                "A much longer title than the column has room for", "Zeta Outlet", null, null, null, null), as(team.lead(), () -> articles.get(undated)).version()));
        login(team.reviewer());
        ProjectPage project = ProjectPage.open(team.projectId());
        project.articles().shouldHave(text("—"));
        project.articleLink("A much longer title")
                .shouldHave(attribute("title", "A much longer title than the column has room for"));
        // Dated first by default; sorted by outlet on request, descending on a second click.
        assertThat(project.firstArticleTitle()).isEqualTo("Arab News");
        project.sortArticlesBy("Outlet");
        project.sortArticlesBy("Outlet");
        Selenide.Wait().until(d -> project.firstArticleTitle().startsWith("A much longer title"));
    }

    @Test
    void aLeadRenamesAProjectAndDeletesItOnlyByTypingItsName() {
        login(team.lead());
        ProjectPage project = ProjectPage.open(team.projectId());
        project.editDetails("Kazakhstan unrest, renamed", "Figures and quotes compared");
        project.title().shouldHave(text("Kazakhstan unrest, renamed"));
        project.content().shouldHave(text("Figures and quotes compared"));

        ProjectPage.DeleteDialog delete = project.delete();
        delete.element().shouldHave(text("cannot be undone"));
        delete.typeName("Kazakhstan unrest");
        delete.confirmButton().shouldHave(attribute("disabled"));
        delete.typeName("Kazakhstan unrest, renamed");
        delete.confirmButton().shouldNotHave(attribute("disabled")).click();
        new ProjectListPage().projects().shouldBe(visible).shouldNotHave(text("Kazakhstan unrest, renamed"));
        assertThat(as(team.lead(), () -> projects.myProjects(org.springframework.data.domain.PageRequest.of(0, 100))))
                .noneSatisfy(p -> assertThat(p.id()).isEqualTo(team.projectId()));
    }

    @Test
    void theContradictionsPageKeepsItsFiltersInTheAddressAndShowsTheNote() {
        long unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        run(team.reviewer(), () -> contradictions.create(team.projectId(),
                org.crosscheck.review.ContradictionCategory.FIGURE_MISMATCH, "Injured: more than vs almost",
                java.util.List.of(data.span(team.lead(), arabNews, "More than 1,000 people"),
                        data.span(team.lead(), unNews, "almost 1,000 people"))));
        login(team.observer());
        ContradictionsPage page = ContradictionsPage.open(team.projectId());
        page.grid().shouldHave(text("Injured: more than vs almost"));
        page.count().shouldHave(text("1 contradiction"));

        page.toggleStatus("Open");
        page.count().shouldHave(text("0 contradictions"));
        Selenide.Wait().until(d -> currentUrl().matches(".*[?&]status=CONFIRMED(,|%2C)DISMISSED.*"));
        Selenide.refresh();
        page.count().shouldHave(text("0 contradictions"));

        page = ContradictionsPage.open(team.projectId(), "category=figure_mismatch&status=OPEN&article=x");
        page.count().shouldHave(text("1 contradiction"));
        page.categoryFilter().shouldHave(text("Figure mismatch"));
    }

    @Test
    void highlightsAreReachedWithTheKeyboardAndQuestionMarkShowsTheShortcuts() {
        SpanRef police = data.span(team.lead(), arabNews, "12 police officers");
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, police.start(), police.end(),
                AnnotationFields.note("reached by keyboard")));
        SpanRef injured = data.span(team.lead(), arabNews, "More than 1,000 people");
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, injured.start(), injured.end(),
                AnnotationFields.note("the injured")));
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        ReaderPanel panel = reader.panel();
        reader.markContaining("12 police officers").shouldHave(attribute("tabindex", "0"));
        reader.focusMark("12 police");
        reader.press(org.openqa.selenium.Keys.ENTER.toString());
        panel.summary().shouldHave(text("reached by keyboard"));

        // The list: a row focused with the keyboard opens with Enter (the first row: the injured, earlier in the text).
        panel.focusFirstListRow();
        reader.press(org.openqa.selenium.Keys.ENTER.toString());
        panel.summary().shouldHave(text("the injured"));

        reader.leaveFocus();
        reader.press("?");
        reader.shortcuts().shouldHave(text("Keyboard shortcuts"), text("Q, F, N"));
        reader.press(org.openqa.selenium.Keys.ESCAPE.toString());
        reader.shortcuts().shouldNot(exist);
    }

    @Test
    void inARightToLeftScriptShiftAndTheLeftArrowExtendTheSelectionTheWayTheTextIsRead() {
        // An Arabic report: the line runs from right to left, so Shift+Left takes the next letters.
        String arabic = "قالت الشرطة إن اثني عشر شرطيا قتلوا في ألماتي.";
        long article = data.article(team.projectId(), team.lead(), "Arabic report", arabic);
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(article);
        var shift = new org.openqa.selenium.Keys[] {org.openqa.selenium.Keys.SHIFT};
        var shiftCtrl = new org.openqa.selenium.Keys[] {org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.CONTROL};

        reader.clickBeforeRightToLeft("الشرطة");
        reader.pressWith(shift, org.openqa.selenium.Keys.ARROW_LEFT, 6);
        assertThat(reader.selectedText()).isEqualTo("الشرطة");
        reader.pressWith(shift, org.openqa.selenium.Keys.ARROW_RIGHT, 1);
        assertThat(reader.selectedText()).isEqualTo("الشرط");
        reader.pressWith(shiftCtrl, org.openqa.selenium.Keys.ARROW_LEFT, 1);
        assertThat(reader.selectedText()).startsWith("الشرطة");
        reader.toolbarButton("note").shouldBe(visible);
    }

    @Test
    void aSelectionIsMadeWithShiftAndArrowsFromTheCaretAClickLeaves() {
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        var shift = new org.openqa.selenium.Keys[] {org.openqa.selenium.Keys.SHIFT};
        var shiftCtrl = new org.openqa.selenium.Keys[] {org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.CONTROL};

        // A click leaves a caret before "12"; Ctrl+Shift+Right takes whole words, Shift+Left gives one character back.
        reader.clickBefore("12 police officers");
        reader.pressWith(shiftCtrl, org.openqa.selenium.Keys.ARROW_RIGHT, 3);
        reader.toolbarButton("quote").shouldBe(visible);
        assertThat(reader.selectedText()).isEqualTo("12 police officers");
        reader.pressWith(shift, org.openqa.selenium.Keys.ARROW_LEFT, 1);
        assertThat(reader.selectedText()).isEqualTo("12 police officer");
        reader.pressWith(shift, org.openqa.selenium.Keys.ARROW_RIGHT, 1);

        reader.press("f");
        reader.fieldInput("field-value").shouldHave(com.codeborne.selenide.Condition.value("12"));
        reader.field("field-counts").setValue("police officers killed");
        reader.save();
        reader.markContaining("12 police officers").shouldHave(com.codeborne.selenide.Condition.cssClass("k-figure"));
        assertThat(as(team.reviewer(), () -> annotations.forArticle(arabNews)).getFirst().span().exact())
                .isEqualTo("12 police officers");

        // Without a mouse at all: Tab to a highlight, and Shift+arrows start from it.
        reader.leaveFocusAndSelection();
        reader.focusMark("12 police");
        reader.pressWith(shiftCtrl, org.openqa.selenium.Keys.ARROW_RIGHT, 1);
        assertThat(reader.selectedText()).isEqualTo("12");
    }

    @Test
    void aHedgedFigureRefusesANegativeValueOnTheFieldUntilTheQualifierOrValueIsFixed() {
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        reader.dragSelect("12 police officers");
        reader.press("f");
        reader.field("field-counts").setValue("police officers killed");
        reader.fieldInput("field-value").setValue("-12");
        reader.pick("field-qualifier", "almost");
        reader.fieldComponent("field-value").shouldHave(attribute("invalid", "true"))
                .shouldHave(text("\"almost\" needs a positive value"));

        reader.clickSave();
        reader.dialog().shouldBe(visible);
        reader.fieldComponent("field-value").shouldHave(attribute("invalid", "true"));
        assertThat(as(team.reviewer(), () -> annotations.forArticle(arabNews))).isEmpty();

        // Exact after all: the error goes with the hedge, and the negative value is saved as typed.
        reader.pick("field-qualifier", "none");
        reader.fieldComponent("field-value").shouldNotHave(attribute("invalid", "true"));
        reader.save();
        reader.list().shouldHave(text("-12 police officers killed"));
    }

    @Test
    void typingADateInThePasteDialogLeavesTheNextFieldItsKeys() {
        login(team.lead());
        ProjectPage.PasteDialog paste = ProjectPage.open(team.projectId()).pasteArticle();
        paste.publishedField().click();
        paste.publishedField().sendKeys("1/7/2022");
        paste.publishedField().sendKeys(org.openqa.selenium.Keys.TAB);
        // The next field is the time, then the text: each gets the keys typed into it.
        new org.openqa.selenium.interactions.Actions(com.codeborne.selenide.WebDriverRunner.getWebDriver())
                .sendKeys("21:30").perform();
        paste.publishedTimeField().shouldHave(com.codeborne.selenide.Condition.value("21:30"));
        new org.openqa.selenium.interactions.Actions(com.codeborne.selenide.WebDriverRunner.getWebDriver())
                .sendKeys(org.openqa.selenium.Keys.TAB).sendKeys("Typed after the date.").perform();
        paste.textField().shouldHave(com.codeborne.selenide.Condition.value("Typed after the date."));
    }

    @Test
    void theCompareViewGivesAContradictionRoomAndAClickedSpanBringsItsPartnerIntoView() {
        long unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        var c = as(team.reviewer(), () -> contradictions.create(team.projectId(),
                org.crosscheck.review.ContradictionCategory.FIGURE_MISMATCH, "Injured: more than vs almost",
                java.util.List.of(data.span(team.lead(), arabNews, "More than 1,000 people"),
                        data.span(team.lead(), unNews, "almost 1,000 people"))));
        login(team.reviewer());
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.left.markContaining("More than 1,000 people").scrollIntoView("{block: 'center'}").click();
        compare.details().shouldHave(text("Figure mismatch"), text("almost 1,000 people"));
        // The panel is as tall as the texts, and its buttons are on screen, not under the link bar.
        assertThat(compare.detailsHeight()).isGreaterThan(320);
        compare.confirmedStatusButton().shouldBe(visible);
        assertThat(compare.confirmedStatusButtonAboveTheLinkBar()).isTrue();
        // The partner on the right is scrolled into view.
        Selenide.Wait().until(d -> compare.rightMarkInView("almost 1,000"));
        assertThat(c.spans()).hasSize(2);
    }

    @Test
    void onANarrowScreenTheCompareViewShowsOneArticleAtATime() {
        long unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        login(team.reviewer());
        com.codeborne.selenide.WebDriverRunner.getWebDriver().manage().window()
                .setSize(new org.openqa.selenium.Dimension(390, 844));
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.leftText().shouldBe(visible);
        compare.rightText().shouldNotBe(visible);
        assertThat(compare.leftColumnWidth()).isGreaterThan(300);
        compare.showRightButton().shouldHave(text("UN News Outlet")).click();
        compare.rightText().shouldBe(visible);
        compare.leftText().shouldNotBe(visible);
        compare.showLeft();
        compare.leftText().shouldBe(visible);
    }
}
