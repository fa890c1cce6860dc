package org.crosscheck.suggest;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.SpanRef;
import org.crosscheck.suggest.SuggestionEvents.SuggestionAccepted;
import org.crosscheck.suggest.SuggestionEvents.SuggestionTakenOver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;

/**
 * A mark or link made by hand takes over the pending suggestion on its words (issue 25): the dialog
 * starts from the suggestion's fields, saving resolves the suggestion as accepted into the new
 * annotation or contradiction, and no later run proposes what is already marked or linked.
 */
@DatabaseTest
@RecordApplicationEvents
class SuggestionTakeOverTest {

    @Autowired TestData data;
    @Autowired SuggestionService suggestions;
    @Autowired SuggestionRunner runner;
    @Autowired AnnotationService annotations;
    @Autowired ContradictionService contradictions;
    @Autowired AccountService accounts;
    @Autowired ApplicationEvents events;
    @Autowired JdbcTemplate jdbc;

    TestData.Team team;
    long arabNews;
    long unNews;

    @BeforeEach
    void setUp() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    private void run() {
        as(team.reviewer(), () -> runner.runNow(team.projectId()));
    }

    private List<SuggestionDetails> pending(SuggestionKind kind) {
        return as(team.reviewer(), () -> suggestions.page(team.projectId(),
                new SuggestionFilter(kind, SuggestionStatus.PENDING, null), PageRequest.of(0, 500)));
    }

    /** The pending suggestion of the kind whose words in the article begin with {@code words}. */
    private SuggestionDetails pendingOn(long articleId, SuggestionKind kind, String words) {
        return pending(kind).stream().filter(s -> s.articleId() == articleId && s.span().exact().startsWith(words))
                .findFirst().orElseThrow(() -> new AssertionError("No pending " + kind + " on “" + words + "”"));
    }

    private SuggestionDetails now(SuggestionDetails s) {
        return as(team.reviewer(), () -> suggestions.get(s.id()));
    }

    private AnnotationDetails mark(long articleId, AnnotationKind kind, String words, AnnotationFields fields) {
        SpanRef at = data.span(team.reviewer(), articleId, words);
        return as(team.reviewer(), () -> annotations.create(articleId, kind, at.start(), at.end(), fields));
    }

    private static boolean overlaps(TextSpan a, TextSpan b) {
        return Math.min(a.end(), b.end()) > Math.max(a.start(), b.start());
    }

    private long reviewerId() {
        return as(team.reviewer(), () -> accounts.me().id());
    }

    @Test
    void aQuoteMarkedByHandOnSomeOfTheWordsOfAPendingOneTakesItOver() {
        run();
        SuggestionDetails proposed = pendingOn(arabNews, SuggestionKind.QUOTE, "It’s important that there be a stop");
        int pendingBefore = pending(null).size();

        AnnotationDetails quote = mark(arabNews, AnnotationKind.QUOTE, "important that there be a stop",
                AnnotationFields.quote("Stéphane Dujarric"));

        assertThat(now(proposed)).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SuggestionStatus.ACCEPTED);
            assertThat(s.annotationId()).isEqualTo(quote.id());
            assertThat(s.resolvedBy()).isEqualTo(reviewerId());
        });
        assertThat(quote.origin()).as("still marked by hand").isNotEqualTo("SUGGESTED");
        assertThat(as(team.reviewer(), () -> suggestions.pendingOn(arabNews))).as("no longer drawn in the reader")
                .extracting(SuggestionDetails::id).doesNotContain(proposed.id());
        assertThat(pending(null)).as("only that one left the list").hasSize(pendingBefore - 1);
        assertThat(events.stream(SuggestionAccepted.class)).isEmpty();
        assertThat(events.stream(SuggestionTakenOver.class)).singleElement().satisfies(e -> {
            assertThat(e.suggestionId()).isEqualTo(proposed.id());
            assertThat(e.annotationId()).isEqualTo(quote.id());
            assertThat(e.before().status()).isEqualTo(SuggestionStatus.PENDING);
            assertThat(e.before().speaker()).isEqualTo("Stephane Dujarric");
            assertThat(e.after().status()).isEqualTo(SuggestionStatus.ACCEPTED);
            assertThat(e.after().speaker()).isEqualTo("Stéphane Dujarric");
            assertThat(e.articleIds()).containsExactly(arabNews);
            assertThat(e.byUserId()).isEqualTo(reviewerId());
        });
        List<Map<String, Object>> audit = jdbc.queryForList("select action, actor, after_json from audit_entry"
                + " where target_type = 'suggestion' and target_id = ?", proposed.id());
        assertThat(audit).singleElement().satisfies(row -> {
            assertThat(row.get("action")).isEqualTo("suggestion.taken-over");
            assertThat(row.get("actor")).isEqualTo(team.reviewer());
            assertThat((String) row.get("after_json")).contains("\"annotationId\":" + quote.id());
        });
    }

    @Test
    void onlyAFigureTakesOverAFigureAndANoteOnTheSameWordsLeavesItPending() {
        run();
        SuggestionDetails proposed = pendingOn(unNews, SuggestionKind.FIGURE, "almost 1,000");

        mark(unNews, AnnotationKind.NOTE, "almost 1,000 people", AnnotationFields.note("Check the ministry's count"));
        assertThat(now(proposed).status()).isEqualTo(SuggestionStatus.PENDING);

        AnnotationDetails figure = mark(unNews, AnnotationKind.FIGURE, "1,000 people",
                AnnotationFields.figure(new BigDecimal(1000), FigureQualifier.ALMOST, "people injured"));
        assertThat(now(proposed)).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SuggestionStatus.ACCEPTED);
            assertThat(s.annotationId()).isEqualTo(figure.id());
        });
        assertThat(as(team.reviewer(), () -> suggestions.pendingOn(unNews))).extracting(SuggestionDetails::id)
                .doesNotContain(proposed.id());
        assertThat(events.stream(SuggestionTakenOver.class)).singleElement()
                .satisfies(e -> assertThat(e.after().counted()).isEqualTo("people injured"));
    }

    @Test
    void aSelectionOnAPendingSuggestionStartsFromItsFields() {
        run();
        String un = as(team.reviewer(), () -> data.text(unNews));
        int at = un.indexOf("1,000 people have");
        SuggestionDetails figure = as(team.reviewer(), () -> suggestions.pendingUnder(unNews, AnnotationKind.FIGURE,
                at, at + "1,000 people".length())).orElseThrow();
        assertThat(figure.span().exact()).startsWith("almost 1,000");
        assertThat(figure.proposedFields()).satisfies(f -> {
            assertThat(f.figureValue()).isEqualByComparingTo("1000");
            assertThat(f.figureQualifier()).isEqualTo(FigureQualifier.ALMOST);
            assertThat(f.figureCounts()).isEqualTo("people injured");
        });
        assertThat(as(team.reviewer(), () -> suggestions.pendingUnder(unNews, AnnotationKind.QUOTE, at, at + 5)))
                .as("another kind").isEmpty();
        assertThat(as(team.reviewer(), () -> suggestions.pendingUnder(unNews, AnnotationKind.NOTE, at, at + 5))).isEmpty();
        assertThat(as(team.reviewer(), () -> suggestions.pendingUnder(unNews, AnnotationKind.FIGURE, 0, 4)))
                .as("words with nothing proposed").isEmpty();

        String arab = as(team.reviewer(), () -> data.text(arabNews));
        int quoted = arab.indexOf("stop to the violence");
        assertThat(as(team.reviewer(), () -> suggestions.pendingUnder(arabNews, AnnotationKind.QUOTE, quoted,
                quoted + 4))).hasValueSatisfying(s -> assertThat(s.proposedFields().speaker())
                .isEqualTo("Stephane Dujarric"));

        String outsider = data.user("outsider");
        assertThatThrownBy(() -> as(outsider, () -> suggestions.pendingUnder(unNews, AnnotationKind.FIGURE, at, at + 5)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void linkingAContradictionByHandTakesOverTheProposedOneOnTheSameSpans() {
        run();
        SuggestionDetails proposed = pending(SuggestionKind.CONTRADICTION).stream()
                .filter(c -> c.explanation().contains("people injured")).findFirst().orElseThrow();

        // One side alone is not the proposed contradiction.
        as(team.reviewer(), () -> contradictions.create(team.projectId(), ContradictionCategory.FIGURE_MISMATCH,
                "officers", List.of(data.span(team.reviewer(), arabNews, "More than 1,000 people"),
                        data.span(team.reviewer(), unNews, "317 police officers"))));
        assertThat(now(proposed).status()).isEqualTo(SuggestionStatus.PENDING);

        ContradictionDetails linked = as(team.reviewer(), () -> contradictions.create(team.projectId(),
                ContradictionCategory.FIGURE_MISMATCH, "injured", List.of(
                        data.span(team.reviewer(), arabNews, "More than 1,000 people"),
                        data.span(team.reviewer(), unNews, "almost 1,000 people"))));
        assertThat(now(proposed)).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SuggestionStatus.ACCEPTED);
            assertThat(s.contradictionId()).isEqualTo(linked.id());
        });
        assertThat(events.stream(SuggestionTakenOver.class)).singleElement()
                .satisfies(e -> assertThat(e.contradictionId()).isEqualTo(linked.id()));
    }

    @Test
    void acceptingASuggestionIsOneDecisionNotATakeOverToo() {
        run();
        SuggestionDetails quote = pendingOn(arabNews, SuggestionKind.QUOTE, "It’s important that there be a stop");
        SuggestionDetails contradiction = pending(SuggestionKind.CONTRADICTION).getFirst();
        as(team.reviewer(), () -> suggestions.accept(quote.id(), null));
        as(team.reviewer(), () -> suggestions.accept(contradiction.id(), null));
        assertThat(events.stream(SuggestionAccepted.class)).hasSize(2);
        assertThat(events.stream(SuggestionTakenOver.class)).isEmpty();
        assertThat(now(quote).annotationId()).isNotNull();
        assertThat(now(contradiction).contradictionId()).isNotNull();
    }

    @Test
    void aRunAfterManualWorkProposesNothingAlreadyMarkedOrLinked() {
        AnnotationDetails quote = mark(arabNews, AnnotationKind.QUOTE, "important that there be a stop",
                AnnotationFields.quote("Stephane Dujarric"));
        AnnotationDetails figure = mark(unNews, AnnotationKind.FIGURE, "1,000 people",
                AnnotationFields.figure(new BigDecimal(1000), FigureQualifier.ALMOST, "people injured"));
        SpanRef arabSide = data.span(team.reviewer(), arabNews, "More than 1,000 people");
        SpanRef unSide = data.span(team.reviewer(), unNews, "almost 1,000 people");
        as(team.reviewer(), () -> contradictions.create(team.projectId(), ContradictionCategory.FIGURE_MISMATCH,
                "injured", List.of(arabSide, unSide)));

        run();

        assertThat(pending(SuggestionKind.QUOTE)).as("the run did propose quotes").isNotEmpty()
                .noneSatisfy(s -> assertThat(s.articleId() == arabNews && overlaps(s.span(), quote.span())).isTrue());
        assertThat(pending(SuggestionKind.FIGURE)).as("and figures, the Arab News one on the linked words too")
                .anySatisfy(s -> assertThat(s.span().exact()).isEqualTo("More than 1,000"))
                .noneSatisfy(s -> assertThat(s.articleId() == unNews && overlaps(s.span(), figure.span())).isTrue());
        assertThat(pending(SuggestionKind.CONTRADICTION)).noneSatisfy(c -> assertThat(c.sides()).allSatisfy(side ->
                assertThat(side.articleId() == arabNews
                        ? overlaps(side.span(), new TextSpan(arabSide.start(), arabSide.end(), "", "", ""))
                        : overlaps(side.span(), new TextSpan(unSide.start(), unSide.end(), "", "", ""))).isTrue()));
    }

    @Test
    void aSuggestionTakenOverIsNotProposedAgainByTheNextRun() {
        run();
        SuggestionDetails proposed = pendingOn(unNews, SuggestionKind.FIGURE, "almost 1,000");
        AnnotationDetails figure = mark(unNews, AnnotationKind.FIGURE, "almost 1,000",
                AnnotationFields.figure(new BigDecimal(1000), FigureQualifier.ALMOST, "people injured"));

        run();

        assertThat(now(proposed).status()).isEqualTo(SuggestionStatus.ACCEPTED);
        assertThat(pending(SuggestionKind.FIGURE)).isNotEmpty()
                .noneSatisfy(s -> assertThat(s.articleId() == unNews && overlaps(s.span(), figure.span())).isTrue());
    }

    @Test
    void aTakeOverIsRefusedToACallerWhoMayNotAnnotate() {
        run();
        SuggestionDetails proposed = pendingOn(arabNews, SuggestionKind.QUOTE, "It’s important that there be a stop");
        AnnotationCreated forged = new AnnotationCreated(team.projectId(), arabNews, 1, AnnotationKind.QUOTE,
                proposed.span(), AnnotationFields.quote("Nobody"), reviewerId());
        assertThatThrownBy(() -> TestData.run(team.observer(), () -> suggestions.onAnnotationCreated(forged)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(now(proposed).status()).isEqualTo(SuggestionStatus.PENDING);
    }
}
