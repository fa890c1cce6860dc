package org.crosscheck.review;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.review.ReviewEvents.ContradictionCreated;
import org.crosscheck.review.ReviewEvents.ContradictionStatusChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

@DatabaseTest
@RecordApplicationEvents
class ContradictionServiceTest {

    @Autowired TestData data;
    @Autowired ContradictionService contradictions;
    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired ApplicationEvents events;

    String lead;
    String reviewer;
    String observer;
    long projectId;
    long arabNews;
    long unNews;
    long republic;

    @BeforeEach
    void setUp() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        observer = data.user("observer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        data.member(projectId, lead, observer, ProjectRole.OBSERVER);
        arabNews = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(projectId, lead, "001-un-news-scoop.txt", "UN News");
        republic = data.fixtureArticle(projectId, lead, "002-republic-world.txt", "Republic World");
    }

    private SpanRef span(long articleId, String exact) {
        return data.span(lead, articleId, exact);
    }

    private ContradictionDetails figureMismatch() {
        return as(reviewer, () -> contradictions.create(projectId, ContradictionCategory.FIGURE_MISMATCH,
                "Injured: more than vs almost", List.of(span(arabNews, "More than 1,000 people"),
                        span(unNews, "almost 1,000 people"))));
    }

    @Test
    void linksSpansAcrossArticlesAndExtendsToAThirdOutlet() {
        ContradictionDetails created = figureMismatch();
        assertThat(created.status()).isEqualTo(ContradictionStatus.OPEN);
        assertThat(created.spans()).extracting(s -> s.span().exact())
                .containsExactly("More than 1,000 people", "almost 1,000 people");
        assertThat(created.spans()).extracting(ContradictionDetails.Side::articleTitle).containsExactly("Arab News", "UN News");
        assertThat(events.stream(ContradictionCreated.class)).anyMatch(e -> e.contradictionId() == created.id());

        ContradictionDetails extended = as(reviewer, () -> contradictions.addSpans(created.id(),
                List.of(span(republic, "around 1,000 people"))));
        assertThat(extended.spans()).hasSize(3);
        assertThat(as(observer, () -> contradictions.forArticle(republic))).extracting(ContradictionDetails::id)
                .containsExactly(created.id());
        assertThat(as(observer, () -> contradictions.count(projectId, ContradictionFilter.all()))).isEqualTo(1);
        assertThat(as(observer, () -> contradictions.page(projectId, new ContradictionFilter(
                EnumSet.of(ContradictionCategory.QUOTE_WORDING), EnumSet.allOf(ContradictionStatus.class), null), PageRequest.of(0, 50))))
                .isEmpty();
        assertThat(as(observer, () -> contradictions.page(projectId, new ContradictionFilter(
                EnumSet.allOf(ContradictionCategory.class), EnumSet.allOf(ContradictionStatus.class), republic), PageRequest.of(0, 50))))
                .hasSize(1);
        assertThatThrownBy(() -> run(reviewer, () -> contradictions.addSpans(created.id(),
                List.of(span(republic, "around 1,000 people"))))).isInstanceOf(DomainException.class)
                .hasMessageContaining("already");
    }

    @Test
    void twoSpellingsInTheSameArticleAndSpansTakenFromAnnotations() {
        SpanRef gherman = span(unNews, "Natalia Gherman");
        AnnotationDetails gurman = as(reviewer, () -> {
            SpanRef g = span(unNews, "Ms. Gurman");
            return annotations.create(unNews, AnnotationKind.NOTE, g.start(), g.end(), AnnotationFields.note("spelling"));
        });
        ContradictionDetails c = as(reviewer, () -> contradictions.create(projectId, ContradictionCategory.NAME_SPELLING,
                null, List.of(gherman, new SpanRef(unNews, 0, 0, gurman.id()))));
        assertThat(c.spans()).extracting(s -> s.span().exact()).containsExactly("Natalia Gherman", "Ms. Gurman");
        assertThat(c.spans().get(1).annotationId()).isEqualTo(gurman.id());
        // Deleting the annotation keeps the contradiction's own copy of the span.
        run(reviewer, () -> annotations.delete(gurman.id()));
        assertThat(as(reviewer, () -> contradictions.get(c.id())).spans()).hasSize(2);
    }

    @Test
    void refusesOneSpanCrossProjectSpansAndObservers() {
        assertThatThrownBy(() -> run(reviewer, () -> contradictions.create(projectId, ContradictionCategory.OTHER, null,
                List.of(span(arabNews, "12 police officers"))))).isInstanceOf(DomainException.class)
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> run(reviewer, () -> contradictions.create(projectId, ContradictionCategory.OTHER, null,
                List.of(span(arabNews, "12 police officers"), span(arabNews, "12 police officers")))))
                .isInstanceOf(DomainException.class);

        long otherProject = data.project(reviewer);
        long foreign = data.fixtureArticle(otherProject, reviewer, "003-reworded-copy.txt", "Copy elsewhere");
        SpanRef foreignSpan = TestData.as(reviewer, () -> {
            String t = articles.get(foreign).text();
            int s = t.indexOf("12 police officers");
            return SpanRef.of(foreign, s, s + 18);
        });
        assertThatThrownBy(() -> run(reviewer, () -> contradictions.create(projectId, ContradictionCategory.OTHER, null,
                List.of(span(arabNews, "12 police officers"), foreignSpan)))).isInstanceOf(DomainException.class)
                .hasMessageContaining("same project");
        String outsider = data.user("outsider");
        long outsiderProject = data.project(outsider);
        assertThatThrownBy(() -> run(outsider, () -> contradictions.create(outsiderProject, ContradictionCategory.OTHER,
                null, List.of(SpanRef.of(arabNews, 0, 5), SpanRef.of(unNews, 0, 5)))))
                .isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() -> run(observer, () -> contradictions.create(projectId, ContradictionCategory.OTHER, null,
                List.of(span(arabNews, "12 police officers"), span(unNews, "12 law enforcement officers")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(lead, () -> contradictions.count(projectId, ContradictionFilter.all()))).isZero();
    }

    @Test
    void statusChangesNeedTheAuthorOrALeadAndAReason() {
        ContradictionDetails c = figureMismatch();
        String other = data.user("other");
        data.member(projectId, lead, other, ProjectRole.REVIEWER);
        assertThatThrownBy(() -> run(other, () -> contradictions.changeStatus(c.id(), ContradictionStatus.CONFIRMED,
                "seen", c.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(reviewer, () -> contradictions.changeStatus(c.id(), ContradictionStatus.CONFIRMED,
                "  ", c.version()))).isInstanceOf(DomainException.class).hasMessageContaining("reason");

        ContradictionDetails confirmed = as(lead, () -> contradictions.changeStatus(c.id(), ContradictionStatus.CONFIRMED,
                "Checked against the UN statement", c.version()));
        assertThat(confirmed.status()).isEqualTo(ContradictionStatus.CONFIRMED);
        assertThat(confirmed.statusReason()).isEqualTo("Checked against the UN statement");
        assertThatThrownBy(() -> run(reviewer, () -> contradictions.changeStatus(c.id(), ContradictionStatus.DISMISSED,
                "stale view", c.version()))).isInstanceOf(ConcurrentEditException.class);
        assertThat(events.stream(ContradictionStatusChanged.class)).anyMatch(e -> e.to() == ContradictionStatus.CONFIRMED);
    }

    @Test
    void removingASpanBelowTwoDismissesWithAnExplanation() {
        ContradictionDetails c = figureMismatch();
        ContradictionDetails after = as(reviewer, () -> contradictions.removeSpan(c.spans().get(1).spanId()));
        assertThat(after.spans()).hasSize(1);
        assertThat(after.status()).isEqualTo(ContradictionStatus.DISMISSED);
        assertThat(after.statusReason()).contains("almost 1,000 people").contains("fewer than two spans");
        assertThatThrownBy(() -> run(observer, () -> contradictions.removeSpan(c.spans().getFirst().spanId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSpanRemovedFromAContradictionAsShownIsRefusedOnceSomeoneElseChangedIt() {
        ContradictionDetails shown = as(reviewer, () -> contradictions.create(projectId,
                ContradictionCategory.FIGURE_MISMATCH, null, List.of(span(arabNews, "More than 1,000 people"),
                        span(unNews, "almost 1,000 people"), span(republic, "around 1,000 people"))));
        // The lead takes the third side out; the reviewer's card still shows three, and "two would remain".
        as(lead, () -> contradictions.removeSpan(shown.spans().get(2).spanId(), shown.version()));
        assertThatThrownBy(() -> run(reviewer, () -> contradictions.removeSpan(shown.spans().get(1).spanId(),
                shown.version()))).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("open with 2 spans").hasMessageContaining("nothing was removed");
        ContradictionDetails now = as(reviewer, () -> contradictions.get(shown.id()));
        assertThat(now.spans()).hasSize(2);
        assertThat(now.status()).isEqualTo(ContradictionStatus.OPEN);
        // Looked at again, the removal goes through (and dismisses it, as the card now says).
        assertThat(as(reviewer, () -> contradictions.removeSpan(now.spans().get(1).spanId(), now.version())).status())
                .isEqualTo(ContradictionStatus.DISMISSED);
    }

    @Test
    void deletingAnArticleDismissesContradictionsLeftWithOneSpan() {
        ContradictionDetails pair = figureMismatch();
        ContradictionDetails triple = as(reviewer, () -> contradictions.create(projectId, ContradictionCategory.FIGURE_MISMATCH,
                null, List.of(span(arabNews, "12 police officers"), span(unNews, "12 law enforcement officers"),
                        span(republic, "12 law enforcement officers"))));
        run(lead, () -> articles.delete(unNews));

        ContradictionDetails pairAfter = as(lead, () -> contradictions.get(pair.id()));
        assertThat(pairAfter.status()).isEqualTo(ContradictionStatus.DISMISSED);
        assertThat(pairAfter.statusReason()).contains("UN News").contains("was deleted");
        assertThat(pairAfter.spans()).extracting(ContradictionDetails.Side::articleId).containsExactly(arabNews);
        ContradictionDetails tripleAfter = as(lead, () -> contradictions.get(triple.id()));
        assertThat(tripleAfter.status()).isEqualTo(ContradictionStatus.OPEN);
        assertThat(tripleAfter.spans()).hasSize(2);
    }

    @Test
    void contradictionsAreFoundByTheWordsOfTheirNoteOrSpans() {
        ContradictionDetails c = figureMismatch();
        assertThat(as(observer, () -> contradictions.page(projectId, ContradictionFilter.all().containing("ALMOST 1,000"),
                PageRequest.of(0, 50)))).extracting(ContradictionDetails::id).containsExactly(c.id());
        assertThat(as(observer, () -> contradictions.page(projectId, ContradictionFilter.all().containing("more than vs"),
                PageRequest.of(0, 50)))).extracting(ContradictionDetails::id).containsExactly(c.id());
        assertThat(as(observer, () -> contradictions.count(projectId, ContradictionFilter.all().containing("%")))).isZero();
        assertThat(as(observer, () -> contradictions.count(projectId, ContradictionFilter.all().containing("nowhere")))).isZero();
    }
}
