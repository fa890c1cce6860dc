package org.crosscheck.browser;

import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
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
 * accepted it, and nothing else is decided.
 */
class ConcurrentDecisionsIT extends BrowserTest {

    @Autowired SuggestionService suggestions;
    @Autowired SuggestionRunner runner;

    Team team;
    String tom;

    @BeforeEach
    void twoReviewers() {
        team = data.team();
        tom = data.user("Tom");
        data.member(team.projectId(), team.lead(), tom, ProjectRole.REVIEWER);
        data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
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
        mine.refusal().shouldHave(text("Tom Tester"), text("accepted this"));
        mine.shown().shouldHave(text(first.span().exact()));
        mine.status().shouldHave(text("Accepted"));
        mine.notification("accepted this").should(disappear, Duration.ofSeconds(15));

        // The same with the R key, on the second quote, the focus in the list.
        mine.openRow(words(second));
        toms.openRow(words(second));
        toms.acceptButton().click();
        toms.notification("Quote saved.").shouldBe(visible);
        mine.row(words(second)).shouldNot(exist);
        mine.press("r");
        mine.anyNotification().shouldBe(visible);
        onlyTomsDecisions(before, List.of(first.id(), second.id()));
        mine.notification("accepted this").shouldHave(text("Tom Tester"))
                .should(matchText("accepted this (\\d+ s|\\d+ min) ago"));
        mine.shown().shouldHave(text(second.span().exact()));
        mine.status().shouldHave(text("Accepted"));
    }
}
