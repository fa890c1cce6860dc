package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleService;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.review.ContradictionFilter;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.ContradictionDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/** Comparing two articles and linking the spans that disagree. */
class ContradictionIT extends BrowserTest {

    @Autowired ContradictionService contradictions;
    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;

    String lead;
    String reviewer;
    long projectId;
    long arabNews;
    long unNews;
    long republic;

    @BeforeEach
    void project() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        arabNews = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(projectId, lead, "001-un-news-scoop.txt", "UN News");
        republic = data.fixtureArticle(projectId, lead, "002-republic-world.txt", "Republic World");
    }

    @Test
    void linkFigureMismatchAcrossThreeOutletsSeeItEverywhereAndConfirmIt() {
        login(reviewer);
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.left.dragSelect("More than 1,000 people");
        compare.leftPending().shouldHave(text("More than 1,000 people"));
        compare.right.dragSelect("almost 1,000 people");
        compare.rightPending().shouldHave(text("almost 1,000 people"));
        compare.left.press("c");
        ComparePage.LinkDialog dialog = new ComparePage.LinkDialog();
        dialog.category().shouldHave(text("Figure mismatch"));
        dialog.note("Injured: more than vs almost 1,000").save();

        compare.left.markContaining("More than 1,000 people").shouldHave(cssClass("k-contradiction"));
        compare.right.markContaining("almost 1,000 people").shouldHave(cssClass("k-contradiction"));
        compare.details().shouldHave(text("Figure mismatch"), text("Arab News Outlet"), text("UN News Outlet"));
        Selenide.screenshot("compare-linked");

        // The third outlet: Republic World's "around 1,000" joins the same contradiction.
        compare.showOnTheRight("Republic World", "around 1,000 people");
        compare.right.dragSelect("around 1,000 people");
        compare.rightPending().shouldHave(text("around 1,000 people"));
        compare.leftPending().shouldHave(text("—"));
        // Found by typing in the lazy combo box: the words of a span.
        compare.link().addToExisting("More than 1,000 people").save();
        compare.right.markContaining("around 1,000 people").shouldHave(cssClass("k-contradiction"));
        compare.details().shouldHave(text("Republic World Outlet"), text("around 1,000 people"));

        List<ContradictionDetails> stored = as(reviewer, () -> contradictions.page(projectId, ContradictionFilter.all(), PageRequest.of(0, 10)));
        assertThat(stored).singleElement().satisfies(c -> assertThat(c.spans()).extracting(s -> s.span().exact())
                .containsExactly("More than 1,000 people", "almost 1,000 people", "around 1,000 people"));

        // In the reader, the span is marked and shows the other sides.
        ReaderPage reader = ReaderPage.open(unNews);
        reader.markContaining("almost 1,000 people").shouldHave(cssClass("k-contradiction")).click();
        new ReaderPanel().details().shouldHave(text("Arab News Outlet"), text("More than 1,000 people"),
                text("Republic World Outlet"), text("around 1,000 people"), text("UN News Outlet (this)"));

        ReaderPage arabReader = ReaderPage.open(arabNews);
        arabReader.markContaining("More than 1,000 people").shouldHave(cssClass("k-contradiction"))
                .shouldHave(attribute("title", "Contradiction (Figure mismatch, open) with UN News Outlet: “almost 1,000 "
                        + "people”; Republic World Outlet: “around 1,000 people”"));

        // The contradictions grid lists it; confirming it needs a reason.
        ContradictionsPage list = ContradictionsPage.open(projectId);
        list.grid().shouldHave(text("Figure mismatch"), text("Open"), text("almost 1,000 people"));
        list.count().shouldHave(text("1 contradiction"));
        ComparePage opened = list.openRow("Figure mismatch");
        opened.details().shouldHave(text("Figure mismatch"));
        opened.confirm("UN figures say almost 1,000");
        opened.status().shouldHave(text("Confirmed"));
        ContradictionsPage.open(projectId).grid().shouldHave(text("Confirmed"));
        assertThat(as(reviewer, () -> contradictions.page(projectId, ContradictionFilter.all(), PageRequest.of(0, 10))).getFirst().status())
                .isEqualTo(ContradictionStatus.CONFIRMED);
    }

    @Test
    void clickingAnExistingFigureTakesItsSpan() {
        int start = as(lead, () -> articles.get(arabNews)).text().indexOf("12 police officers");
        long figureId = as(lead, () -> annotations.create(arabNews, AnnotationKind.FIGURE, start, start + 18,
                AnnotationFields.figure(new BigDecimal(12), null, "police officers killed"))).id();
        login(reviewer);
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.left.markContaining("12 police officers").click();
        compare.leftPending().shouldHave(text("12 police officers"));
        compare.right.dragSelect("12 law enforcement officers");
        compare.left.press("c");
        new ComparePage.LinkDialog().save();
        compare.details().shouldHave(text("12 police officers"), text("12 law enforcement officers"));
        ContradictionDetails saved = as(reviewer, () -> contradictions.page(projectId, ContradictionFilter.all(), PageRequest.of(0, 10))).getFirst();
        assertThat(saved.spans().getFirst().annotationId()).isEqualTo(figureId);
    }

    @Test
    void oneSpanOnlyIsRefusedWithAMessage() {
        login(reviewer);
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.left.press("c");
        Notifications.shown("Select a span in one or both articles first").shouldBe(visible);
        compare.left.dragSelect("12 police officers");
        compare.left.press("c");
        ComparePage.LinkDialog dialog = new ComparePage.LinkDialog();
        dialog.save();
        Notifications.shown("at least two different spans").shouldBe(visible);
        dialog.element().shouldBe(visible);
        assertThat(as(reviewer, () -> contradictions.count(projectId, ContradictionFilter.all()))).isZero();
    }

    @Test
    void anArticleDeletedMeanwhileGetsAClearMessage() {
        login(reviewer);
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.left.dragSelect("12 police officers");
        compare.right.dragSelect("12 law enforcement officers");
        TestData.run(lead, () -> articles.delete(unNews));
        // Told at once, before trying to link to a side that is gone.
        compare.articleDeleted().shouldHave(text("This article was deleted"), text("UN News"));
        compare.linkButton().shouldNot(exist);
        ErrorPage.here().unexpectedErrors().shouldHave(size(0));
        assertThat(as(reviewer, () -> contradictions.count(projectId, ContradictionFilter.all()))).isZero();
    }

    @Test
    void observerReadsTheCompareViewButCannotLink() {
        String observer = data.user("observer");
        data.member(projectId, lead, observer, ProjectRole.OBSERVER);
        login(observer);
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.linkButton().shouldNot(exist);
        compare.linkBar().shouldHave(text("not link contradictions"));
    }

    @Test
    void synchronisedScrollingKeepsBothColumnsLevel() {
        login(reviewer);
        ComparePage compare = ComparePage.open(arabNews, unNews);
        compare.toggleSyncScrolling();
        // The switch reaches the browser with the next server response: scroll until the other side follows.
        Selenide.Wait().until(d -> compare.scrollLeftToTheEndAndReadTheRight() > 0);
        // Off again: the right column stays where it is.
        compare.toggleSyncScrolling();
        // Off once the server's answer has reached the page (frontend/sync-scroll.js drops its listener).
        Selenide.Wait().until(d -> compare.syncScrollingOff());
        double right = compare.rightScrollTop();
        compare.scrollLeftToTheTop();
        assertThat(compare.leftScrollTop()).isZero();
        assertThat(compare.rightScrollTop())
                .isEqualTo(right);
    }
}
