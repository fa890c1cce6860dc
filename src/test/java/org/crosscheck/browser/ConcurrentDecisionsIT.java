package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.suggest.SuggestionDetails;
import org.crosscheck.suggest.SuggestionFilter;
import org.crosscheck.suggest.SuggestionKind;
import org.crosscheck.suggest.SuggestionRunner;
import org.crosscheck.suggest.SuggestionService;
import org.crosscheck.suggest.SuggestionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.codeborne.selenide.Condition.disappear;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.matchText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * Two reviewers with the same suggestion open; Tom accepts it. The other's Reject (the button, then
 * the R key) must not land on the suggestion the list moved up into its place: she is told Tom
 * accepted it, and nothing else is decided. The same in the reader's panel; and the annotation
 * list's Enter opens the row the user sees focused after a live refresh moved the rows.
 */
class ConcurrentDecisionsIT extends BrowserTest {

    @Autowired SuggestionService suggestions;
    @Autowired SuggestionRunner runner;

    @Autowired AnnotationService annotations;

    Team team;
    String tom;
    long arabNews;

    @BeforeEach
    void twoReviewers() {
        team = data.team();
        tom = data.user("Tom");
        data.member(team.projectId(), team.lead(), tom, ProjectRole.REVIEWER);
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        TestData.run(team.reviewer(), () -> runner.runNow(team.projectId()));
    }

    private Map<Long, SuggestionStatus> statuses() {
        return as(team.reviewer(), () -> suggestions.page(team.projectId(), new SuggestionFilter(null, null, null),
                PageRequest.of(0, 500))).stream().collect(Collectors.toMap(SuggestionDetails::id, SuggestionDetails::status));
    }

    private List<SuggestionDetails> pendingQuotes() {
        return as(team.reviewer(), () -> suggestions.page(team.projectId(),
                new SuggestionFilter(SuggestionKind.QUOTE, SuggestionStatus.PENDING, null), PageRequest.of(0, 500)));
    }

    /** Only the suggestions Tom accepted are decided; every other one is still pending. */
    private void onlyTomsDecisions(Map<Long, SuggestionStatus> before, List<Long> acceptedByTom) {
        Map<Long, SuggestionStatus> now = statuses();
        assertThat(now.keySet()).isEqualTo(before.keySet());
        now.forEach((id, status) -> assertThat(status).as("suggestion " + id)
                .isEqualTo(acceptedByTom.contains(id) ? SuggestionStatus.ACCEPTED : SuggestionStatus.PENDING));
    }

    private static String words(SuggestionDetails s) {
        return s.span().exact().substring(0, Math.min(30, s.span().exact().length()));
    }

    @Test
    void aRejectAfterSomeoneElseAcceptedTellsWhoAndDecidesNothingElse() {
        Map<Long, SuggestionStatus> before = statuses();
        List<SuggestionDetails> quotes = pendingQuotes();
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(3);
        SuggestionDetails first = quotes.get(0);
        SuggestionDetails second = quotes.get(1);

        SelenideDriver tomsBrowser = secondBrowser();
        login(tomsBrowser, tom);
        SuggestionsPage toms = SuggestionsPage.open(tomsBrowser, team.projectId()).choose("filter-kind", "Quotes");
        SelenideDriver myBrowser = secondBrowser();
        login(myBrowser, team.reviewer());
        SuggestionsPage mine = SuggestionsPage.open(myBrowser, team.projectId())
                .choose("filter-kind", "Quotes");

        // Both open the first quote; Tom accepts it. Her list drops it live (it is no longer pending).
        mine.openRow(words(first));
        toms.openRow(words(first));
        toms.acceptButton().click();
        toms.notification("Quote saved.").shouldBe(visible);
        mine.row(words(first)).shouldNot(exist);

        // Her Reject, a moment later, with the button.
        mine.rejectButton().click();
        mine.anyNotification().shouldBe(visible);
        onlyTomsDecisions(before, List.of(first.id()));
        mine.notification("accepted this").shouldHave(text("Tom Tester"))
                .should(matchText("accepted this (\\d+ s|\\d+ min) ago"));
        mine.refusal().shouldHave(text("Your reject was not recorded."));
        mine.shown().shouldHave(text(first.span().exact()));
        mine.status().shouldHave(text("Tom Tester"), text("accepted this"));
        mine.notification("accepted this").should(disappear, Duration.ofSeconds(15));

        // The same with the R key, on the second quote, the focus in the list.
        mine.openRow(words(second));
        toms.openRow(words(second));
        toms.acceptButton().click();
        toms.notification("Quote saved.").shouldBe(visible);
        mine.row(words(second)).shouldNot(exist);
        // Her panel stays on it and says so; her R, pressed anyway, names it.
        mine.shown().shouldHave(text(second.span().exact()));
        mine.status().shouldHave(text("Tom Tester"), text("accepted this"));
        mine.press("r");
        mine.anyNotification().shouldBe(visible);
        onlyTomsDecisions(before, List.of(first.id(), second.id()));
        mine.notification("accepted this").shouldHave(text("Tom Tester"))
                .should(matchText("accepted this (\\d+ s|\\d+ min) ago"));
        mine.refusal().shouldHave(text("Your reject was not recorded."));
        mine.shown().shouldHave(text(second.span().exact()));
        mine.status().shouldHave(text("Accepted"));
    }

    @Test
    void inTheReaderThePanelSaysWhoDecidedMeanwhileAndItsRejectDecidesNothing() {
        SuggestionDetails lethal = pendingQuotes().stream().filter(s -> s.span().exact().startsWith("Lethal force"))
                .findFirst().orElseThrow();
        Map<Long, SuggestionStatus> before = statuses();
        login(team.reviewer());
        ReaderPage.open(lethal.articleId());
        SuggestionsPage panel = SuggestionsPage.inReader();
        panel.markInText("Lethal force").click();
        panel.shown().shouldHave(text("Lethal force"));

        // Tom accepts it elsewhere: the panel stays on it, says so, and keeps its buttons where they were.
        TestData.run(tom, () -> suggestions.accept(lethal.id(), lethal.version(), null));
        panel.status().shouldHave(text("Tom Tester"), text("accepted this"));
        panel.rejectButton().click();
        panel.refusal().shouldHave(text("Your reject was not recorded."));
        onlyTomsDecisions(before, List.of(lethal.id()));
        panel.shown().shouldHave(text("Lethal force"));
        panel.rejectButton().shouldNot(exist);
    }

    @Test
    void enterInTheAnnotationListOpensTheRowTheFocusShowsAfterALiveRefresh() {
        SpanRef police = data.span(team.lead(), arabNews, "police officers");
        TestData.run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, police.start(), police.end(),
                AnnotationFields.note("the police")));
        login(team.reviewer());
        ReaderPage reader = ReaderPage.open(arabNews);
        ReaderPanel panel = new ReaderPanel();
        reader.list().shouldHave(text("the police"));
        panel.focusFirstListRow();
        assertThat(panel.focusedListRow()).contains("the police");

        // Tom marks words earlier in the text: the list redraws, and the focused first row now shows his note.
        SpanRef unrest = data.span(team.lead(), arabNews, "unrest in Kazakhstan");
        TestData.run(tom, () -> annotations.create(arabNews, AnnotationKind.NOTE, unrest.start(), unrest.end(),
                AnnotationFields.note("Tom's earlier note")));
        com.codeborne.selenide.Selenide.Wait().withTimeout(Duration.ofSeconds(10))
                .until(d -> panel.focusedListRow().contains("Tom's earlier note"));
        reader.press(org.openqa.selenium.Keys.ENTER.toString());
        panel.summary().shouldHave(text("Tom's earlier note"));
    }
}
