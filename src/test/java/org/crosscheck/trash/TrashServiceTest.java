package org.crosscheck.trash;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentDetails;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainEvent;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/**
 * The trash: what is deleted is kept with its comments and spans, a lead restores it (refused with
 * the reason when the text changed under it), its deleter undoes the deletion, nobody else sees any
 * of it, and it is forgotten after the retention. An annotation's history comes from the audit trail.
 */
@DatabaseTest
@RecordApplicationEvents
class TrashServiceTest {

    static final String QUOTE = "It’s important that there be a stop to the violence";

    @Autowired TestData data;
    @Autowired TrashService trash;
    @Autowired TrashPurge purge;
    @Autowired AnnotationHistory history;
    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;
    @Autowired ArticleService articles;
    @Autowired ContradictionService contradictions;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    Team team;
    long arabNews;
    long unNews;

    @BeforeEach
    void setUp() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    private AnnotationDetails quote(String user) {
        String text = as(user, () -> data.text(arabNews));
        int start = text.indexOf(QUOTE);
        return as(user, () -> annotations.create(arabNews, AnnotationKind.QUOTE, start, start + QUOTE.length(),
                AnnotationFields.quote("Stephane Dujarric")));
    }

    private AnnotationDetails commented() {
        AnnotationDetails quote = quote(team.reviewer());
        run(team.reviewer(), () -> comments.add(quote.id(), "Check the spelling of Stéphane"));
        run(team.lead(), () -> comments.add(quote.id(), "UN News writes it with an accent"));
        run(team.lead(), () -> comments.setResolved(quote.id(), true));
        return quote;
    }

    @Test
    void aLeadRestoresADeletedAnnotationWithItsComments() {
        AnnotationDetails quote = commented();
        run(team.reviewer(), () -> annotations.delete(quote.id(), quote.version()));

        List<TrashItem> listed = as(team.lead(), () -> trash.list(team.projectId()));
        assertThat(listed).hasSize(1);
        TrashItem item = listed.getFirst();
        assertThat(item.type()).isEqualTo(TrashType.ANNOTATION);
        assertThat(item.label()).startsWith("Quote “It’s important");
        assertThat(item.deletedBy().username()).isEqualTo(team.reviewer());
        assertThat(item.articleId()).isEqualTo(arabNews);
        assertThat(item.keptUntil()).isEqualTo(item.deletedAt().plus(Duration.ofDays(30)));

        Restored restored = as(team.lead(), () -> trash.restore(team.projectId(), item.id()));
        assertThat(restored.message()).isEqualTo("Quote “" + QUOTE + "” restored with its 2 comments.");
        AnnotationDetails back = as(team.observer(), () -> annotations.get(restored.id()));
        assertThat(back.span()).isEqualTo(quote.span());
        assertThat(back.fields().speaker()).isEqualTo("Stephane Dujarric");
        assertThat(back.author().username()).as("still the reviewer's").isEqualTo(team.reviewer());
        CommentDetails.Thread thread = as(team.observer(), () -> comments.thread(restored.id()));
        assertThat(thread.comments()).extracting(CommentDetails::body)
                .containsExactly("Check the spelling of Stéphane", "UN News writes it with an accent");
        assertThat(thread.comments()).extracting(c -> c.author().username()).containsExactly(team.reviewer(), team.lead());
        assertThat(thread.resolved()).isTrue();
        assertThat(as(team.lead(), () -> trash.list(team.projectId()))).as("no longer offered").isEmpty();
        assertThat(events.stream(TrashEvents.AnnotationRestored.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.annotationId()).isEqualTo(restored.id());
                    assertThat(e.restoredFrom()).isEqualTo(quote.id());
                    assertThat(e.comments()).isEqualTo(2);
                });
        assertThatThrownBy(() -> run(team.lead(), () -> trash.restore(team.projectId(), item.id())))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("restored already");
    }

    @Test
    void onlyALeadOpensTheTrashAndAnOutsiderFindsNothing() {
        AnnotationDetails quote = quote(team.reviewer());
        run(team.reviewer(), () -> annotations.delete(quote.id()));
        long itemId = as(team.lead(), () -> trash.list(team.projectId())).getFirst().id();

        assertThatThrownBy(() -> run(team.reviewer(), () -> trash.list(team.projectId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(team.reviewer(), () -> trash.restore(team.projectId(), itemId)))
                .isInstanceOf(AccessDeniedException.class);
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> trash.list(team.projectId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(outsider, () -> trash.restore(team.projectId(), itemId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(outsider, () -> trash.undoDelete(quote.id()))).isInstanceOf(RestoreRefusedException.class);
        // Another project's lead names the item under their own project: not found, as a missing one.
        long other = data.project(outsider);
        assertThatThrownBy(() -> run(outsider, () -> trash.restore(other, itemId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(outsider, () -> history.of(quote.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRestoreIsRefusedWithTheReasonWhenTheTextChangedUnderIt() {
        AnnotationDetails quote = quote(team.reviewer());
        run(team.reviewer(), () -> annotations.delete(quote.id()));
        // As after a restore from a backup, say: the same article with other words where the quote was.
        String text = as(team.lead(), () -> data.text(arabNews)).replace("It’s important", "It’s essential");
        jdbc.update("update article set body_text = ?, content_hash = ? where id = ?", text,
                org.crosscheck.article.ArticleText.contentHash(text), arabNews);
        long itemId = as(team.lead(), () -> trash.list(team.projectId())).getFirst().id();

        assertThatThrownBy(() -> run(team.lead(), () -> trash.restore(team.projectId(), itemId)))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("the article's text changed");
        assertThat(as(team.lead(), () -> trash.list(team.projectId()))).as("still in the trash").hasSize(1);
    }

    @Test
    void theDeleterUndoesTheirOwnDeletionAndNobodyElseCan() {
        AnnotationDetails quote = commented();
        run(team.reviewer(), () -> annotations.delete(quote.id()));
        String otherReviewer = data.user("other");
        data.member(team.projectId(), team.lead(), otherReviewer, org.crosscheck.project.ProjectRole.REVIEWER);
        assertThatThrownBy(() -> run(otherReviewer, () -> trash.undoDelete(quote.id())))
                .isInstanceOf(RestoreRefusedException.class);

        Restored undone = as(team.reviewer(), () -> trash.undoDelete(quote.id()));
        assertThat(as(team.reviewer(), () -> comments.thread(undone.id())).comments()).hasSize(2);
        assertThatThrownBy(() -> run(team.reviewer(), () -> trash.undoDelete(quote.id())))
                .as("undone once").isInstanceOf(RestoreRefusedException.class);
    }

    @Test
    void aDeletedArticleComesBackWithItsAnnotationsCommentsAndSidesOfContradictions() {
        AnnotationDetails quote = commented();
        ContradictionDetails linked = as(team.reviewer(), () -> contradictions.create(team.projectId(),
                ContradictionCategory.NAME_SPELLING, "Dujarric", List.of(
                        new org.crosscheck.review.SpanRef(arabNews, quote.span().start(), quote.span().end(), quote.id()),
                        data.span(team.reviewer(), unNews, "Stéphane Dujarric"))));
        AnnotationDetails note = as(team.reviewer(), () -> {
            String text = data.text(arabNews);
            int start = text.indexOf("Kassym-Jomart Tokayev");
            return annotations.create(arabNews, AnnotationKind.NOTE, start, start + 21, AnnotationFields.note("President"));
        });
        run(team.reviewer(), () -> annotations.delete(note.id()));
        run(team.lead(), () -> articles.delete(arabNews));

        List<TrashItem> listed = as(team.lead(), () -> trash.list(team.projectId()));
        assertThat(listed).extracting(TrashItem::type).containsExactly(TrashType.ARTICLE, TrashType.ANNOTATION);
        TrashItem noteItem = listed.get(1);
        assertThatThrownBy(() -> run(team.lead(), () -> trash.restore(team.projectId(), noteItem.id())))
                .isInstanceOf(RestoreRefusedException.class).hasMessageContaining("Restore the article first");

        Restored article = as(team.lead(), () -> trash.restore(team.projectId(), listed.getFirst().id()));
        assertThat(article.message()).isEqualTo("“Arab News” restored with 1 annotation and 1 side of contradictions.");
        List<AnnotationDetails> back = as(team.observer(), () -> annotations.forArticle(article.id()));
        assertThat(back).singleElement().satisfies(a -> assertThat(a.span()).isEqualTo(quote.span()));
        assertThat(as(team.observer(), () -> comments.thread(back.getFirst().id())).comments()).hasSize(2);
        ContradictionDetails again = as(team.observer(), () -> contradictions.get(linked.id()));
        assertThat(again.spans()).extracting(ContradictionDetails.Side::articleId).contains(article.id(), unNews);
        assertThat(again.spans()).filteredOn(s -> s.articleId() == article.id()).singleElement()
                .satisfies(s -> assertThat(s.annotationId()).isEqualTo(back.getFirst().id()));

        // The note deleted before its article goes back onto the article as restored.
        Restored noteBack = as(team.lead(), () -> trash.restore(team.projectId(), noteItem.id()));
        assertThat(noteBack.articleId()).isEqualTo(article.id());
        assertThat(events.stream(TrashEvents.ArticleRestored.class)).hasSize(1);
    }

    @Test
    void aSideTakenOutOfAContradictionIsLinkedAgain() {
        ContradictionDetails c = as(team.reviewer(), () -> contradictions.create(team.projectId(),
                ContradictionCategory.NAME_SPELLING, null, List.of(data.span(team.reviewer(), arabNews, "Stephane Dujarric"),
                        data.span(team.reviewer(), unNews, "Stéphane Dujarric"),
                        data.span(team.reviewer(), unNews, "Mr. Dujarric"))));
        long third = c.spans().get(2).spanId();
        run(team.reviewer(), () -> contradictions.removeSpan(third));
        TrashItem item = as(team.lead(), () -> trash.list(team.projectId())).getFirst();
        assertThat(item.type()).isEqualTo(TrashType.CONTRADICTION_SPAN);
        Restored restored = as(team.lead(), () -> trash.restore(team.projectId(), item.id()));
        assertThat(restored.id()).isEqualTo(c.id());
        assertThat(as(team.lead(), () -> contradictions.get(c.id())).spans()).hasSize(3);
    }

    @Test
    void everyVersionOfAnAnnotationIsInItsHistoryEvenAcrossARestore() {
        AnnotationDetails quote = quote(team.reviewer());
        AnnotationDetails edited = as(team.reviewer(), () -> annotations.update(quote.id(),
                AnnotationFields.quote("Stéphane Dujarric"), quote.version()));
        run(team.lead(), () -> annotations.update(quote.id(), AnnotationFields.quote("S. Dujarric"), edited.version()));
        run(team.lead(), () -> annotations.delete(quote.id()));
        Restored back = as(team.lead(), () -> trash.restore(team.projectId(),
                trash.list(team.projectId()).getFirst().id()));

        List<AnnotationHistory.Version> versions = as(team.observer(), () -> history.of(back.id()));
        assertThat(versions).extracting(AnnotationHistory.Version::action)
                .containsExactly("created", "updated", "updated", "deleted", "restored");
        assertThat(versions).extracting(AnnotationHistory.Version::username)
                .containsExactly(team.reviewer(), team.reviewer(), team.lead(), team.lead(), team.lead());
        assertThat(versions.get(1).changes()).singleElement().satisfies(ch -> {
            assertThat(ch.field()).isEqualTo("speaker");
            assertThat(ch.before()).isEqualTo("Stephane Dujarric");
            assertThat(ch.after()).isEqualTo("Stéphane Dujarric");
        });
        assertThat(versions.getFirst().changes()).extracting(AnnotationHistory.Change::after).contains(QUOTE);
    }

    @Test
    void whatIsOlderThanTheRetentionIsForgottenOnceOnEveryNode() {
        AnnotationDetails quote = quote(team.reviewer());
        run(team.reviewer(), () -> annotations.delete(quote.id()));
        Instant now = Instant.now();
        purge.purge(now.plus(Duration.ofDays(29)));
        assertThat(as(team.lead(), () -> trash.count(team.projectId()))).isEqualTo(1);
        assertThat(purge.purge(now.plus(Duration.ofDays(31)))).isPositive();
        assertThat(purge.purge(now.plus(Duration.ofDays(31)))).as("a second node finds nothing left").isZero();
        assertThat(as(team.lead(), () -> trash.count(team.projectId()))).isZero();
    }

    @Test
    void aDeletionThatIsRolledBackLeavesNothingInTheTrash() {
        AnnotationDetails quote = quote(team.reviewer());
        assertThatThrownBy(() -> run(team.reviewer(), () -> annotations.delete(quote.id(), quote.version() + 7)))
                .isInstanceOf(org.crosscheck.base.ConcurrentEditException.class);
        assertThat(as(team.lead(), () -> trash.count(team.projectId()))).isZero();
        assertThat(events.stream(DomainEvent.class).filter(e -> e.action().equals("restored"))).isEmpty();
    }
}
