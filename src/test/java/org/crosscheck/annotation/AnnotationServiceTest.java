package org.crosscheck.annotation;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationEvents.AnnotationDeleted;
import org.crosscheck.annotation.AnnotationEvents.AnnotationUpdated;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleText;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

@DatabaseTest
@RecordApplicationEvents
class AnnotationServiceTest {

    private static final String BACHELET = "International law is clear: People have the right to peaceful protest and freedom of expression";

    @Autowired TestData data;
    @Autowired AnnotationService annotations;
    @Autowired ArticleService articles;
    @Autowired ApplicationEvents events;

    String lead;
    String reviewer;
    String observer;
    long projectId;
    long articleId;
    String text;

    @BeforeEach
    void setUp() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        observer = data.user("observer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        data.member(projectId, lead, observer, ProjectRole.OBSERVER);
        articleId = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
        text = as(lead, () -> articles.get(articleId)).text();
    }

    @Test
    void quoteIsStoredWithOffsetsExactTextAndContext() {
        int start = text.indexOf(BACHELET);
        AnnotationDetails quote = as(reviewer, () -> annotations.create(articleId, AnnotationKind.QUOTE, start,
                start + BACHELET.length(), AnnotationFields.quote("Michelle Bachelet")));
        AnnotationDetails stored = as(observer, () -> annotations.get(quote.id()));
        assertThat(stored.span().start()).isEqualTo(start);
        assertThat(stored.span().exact()).isEqualTo(BACHELET);
        assertThat(stored.span().prefix()).isEqualTo(text.substring(start - 32, start));
        assertThat(stored.span().suffix()).isEqualTo(text.substring(start + BACHELET.length(), start + BACHELET.length() + 32));
        assertThat(stored.fields().speaker()).isEqualTo("Michelle Bachelet");
        assertThat(stored.author().username()).isEqualTo(reviewer);
        assertThat(stored.createdAt()).isNotNull();
        assertThat(events.stream(AnnotationCreated.class)).anyMatch(e -> e.annotationId() == quote.id());
    }

    @Test
    void figureKeepsValueQualifierAndWhatItCounts() {
        int start = text.indexOf("12 police officers");
        AnnotationDetails figure = as(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, start,
                start + "12 police officers".length(),
                AnnotationFields.figure(new BigDecimal("12.000"), null, "police officers killed")));
        assertThat(figure.fields().figureValue()).isEqualByComparingTo("12");
        assertThat(figure.fields().figureQualifier()).isEqualTo(FigureQualifier.NONE);
        assertThat(figure.summary()).isEqualTo("12 police officers killed");
        assertThat(as(observer, () -> annotations.get(figure.id())).summary()).isEqualTo("12 police officers killed");
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, start, start + 2,
                AnnotationFields.figure(null, null, "x")))).isInstanceOf(DomainException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, AnnotationKind.QUOTE, start, start + 2,
                AnnotationFields.quote("  ")))).isInstanceOf(DomainException.class).hasMessageContaining("speaker");
    }

    @Test
    void aFigureReadBackShowsItsValueAsWrittenNotWithTheColumnsFourDecimals() {
        int start = text.indexOf("More than 1,000");
        AnnotationDetails whole = as(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, start,
                start + 15, AnnotationFields.figure(new BigDecimal("317"), null, "people injured")));
        AnnotationDetails half = as(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, start,
                start + 15, AnnotationFields.figure(new BigDecimal("12.5"), null, "people injured")));
        AnnotationDetails wholeRead = as(observer, () -> annotations.get(whole.id()));
        AnnotationDetails halfRead = as(observer, () -> annotations.get(half.id()));
        // The dialog's value field and the API show the BigDecimal itself, so its scale is what a user sees.
        assertThat(wholeRead.fields().figureValue().toPlainString()).isEqualTo("317");
        assertThat(halfRead.fields().figureValue().toPlainString()).isEqualTo("12.5");
        assertThat(as(observer, () -> annotations.forArticle(articleId)))
                .extracting(a -> a.fields().figureValue().toPlainString()).contains("317", "12.5");
        assertThat(wholeRead.summary()).isEqualTo("317 people injured");
    }

    @Test
    void aHedgedFigureNeedsAPositiveValueWhileAnExactOneMayBeZeroOrNegative() {
        int start = text.indexOf("12 police officers");
        for (String hedged : new String[] {"0", "-12"}) {
            assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, start, start + 2,
                    AnnotationFields.figure(new BigDecimal(hedged), FigureQualifier.ALMOST, "police officers killed"))))
                    .isInstanceOf(DomainException.class).hasMessageContaining("\"almost\" needs a positive value");
        }
        assertThat(as(reviewer, () -> annotations.count(articleId, AnnotationFilter.all()))).isZero();

        AnnotationDetails exact = as(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, start, start + 2,
                AnnotationFields.figure(new BigDecimal("-12"), FigureQualifier.NONE, "change in officers")));
        assertThat(exact.fields().figureValue()).isEqualByComparingTo("-12");
        // Editing keeps the rule: hedging the negative value afterwards is refused and changes nothing.
        assertThatThrownBy(() -> run(reviewer, () -> annotations.update(exact.id(),
                AnnotationFields.figure(new BigDecimal("-12"), FigureQualifier.MORE_THAN, "change in officers"), exact.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("\"more than\" needs a positive value");
        assertThat(as(reviewer, () -> annotations.get(exact.id())).fields().figureQualifier()).isEqualTo(FigureQualifier.NONE);
    }

    @Test
    void whiteSpaceSelectionCreatesNothing() {
        int space = text.indexOf(' ');
        assertThatThrownBy(() -> run(reviewer, () -> annotations.create(articleId, AnnotationKind.NOTE, space, space + 1,
                AnnotationFields.note("n")))).isInstanceOf(DomainException.class);
        assertThat(as(reviewer, () -> annotations.count(articleId, AnnotationFilter.all()))).isZero();
    }

    @Test
    void overlappingAndCrossParagraphSpansAreAllowed() {
        int a = text.indexOf("More than 1,000 people");
        int paragraphEnd = text.indexOf('\n', a);
        as(reviewer, () -> annotations.create(articleId, AnnotationKind.FIGURE, a, a + 22,
                AnnotationFields.figure(new BigDecimal(1000), FigureQualifier.MORE_THAN, "people injured")));
        AnnotationDetails across = as(reviewer, () -> annotations.create(articleId, AnnotationKind.NOTE, a + 10,
                paragraphEnd + 10, AnnotationFields.note("spans two paragraphs")));
        assertThat(across.span().exact()).contains("\n");
        assertThat(as(observer, () -> annotations.forArticle(articleId))).hasSize(2);
    }

    @Test
    void emojiBeforeTheSelectionDoesNotShiftIt() {
        long emojiArticle = data.fixtureArticle(projectId, lead, "002-republic-world.txt", "Republic World");
        String t = as(lead, () -> articles.get(emojiArticle)).text();
        assertThat(t).isEqualTo(ArticleText.normalize(TestData.fixture("002-republic-world.txt")));
        String words = "refrain from violence and to seek a peaceful resolution of grievances";
        int start = t.indexOf(words);
        assertThat(start).isGreaterThan(t.indexOf("🇰🇿"));
        AnnotationDetails note = as(reviewer, () -> annotations.create(emojiArticle, AnnotationKind.NOTE, start,
                start + words.length(), AnnotationFields.note("tweet")));
        assertThat(as(reviewer, () -> annotations.get(note.id())).span().exact()).isEqualTo(words);
    }

    @Test
    void observersAndOutsidersCannotAnnotate() {
        assertThatThrownBy(() -> run(observer, () -> annotations.create(articleId, AnnotationKind.NOTE, 0, 5,
                AnnotationFields.note("n")))).isInstanceOf(AccessDeniedException.class);
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> annotations.forArticle(articleId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(outsider, () -> annotations.create(articleId, AnnotationKind.NOTE, 0, 5,
                AnnotationFields.note("n")))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void authorOrLeadMayEditAndDeleteOthersMayNot() {
        String other = data.user("other");
        data.member(projectId, lead, other, ProjectRole.REVIEWER);
        AnnotationDetails note = as(reviewer, () -> annotations.create(articleId, AnnotationKind.NOTE, 0, 8,
                AnnotationFields.note("first")));
        assertThatThrownBy(() -> run(other, () -> annotations.update(note.id(), AnnotationFields.note("x"), note.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(other, () -> annotations.delete(note.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(observer, () -> annotations.delete(note.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(other, () -> annotations.mayChange(note))).isFalse();
        assertThat(as(lead, () -> annotations.mayChange(note))).isTrue();

        AnnotationDetails edited = as(lead, () -> annotations.update(note.id(), AnnotationFields.note("by lead"), note.version()));
        assertThat(edited.fields().note()).isEqualTo("by lead");
        assertThat(edited.author().username()).isEqualTo(reviewer);
        run(reviewer, () -> annotations.delete(note.id()));
        assertThat(as(lead, () -> annotations.count(articleId, AnnotationFilter.all()))).isZero();
        assertThat(events.stream(AnnotationUpdated.class)).anyMatch(e -> e.annotationId() == note.id());
        assertThat(events.stream(AnnotationDeleted.class)).anyMatch(e -> e.annotationId() == note.id());
    }

    @Test
    void aConcurrentEditIsRefusedAndTheFirstOneSurvives() {
        AnnotationDetails note = as(reviewer, () -> annotations.create(articleId, AnnotationKind.NOTE, 0, 8,
                AnnotationFields.note("original")));
        as(reviewer, () -> annotations.update(note.id(), AnnotationFields.note("first edit"), note.version()));
        assertThatThrownBy(() -> run(lead, () -> annotations.update(note.id(), AnnotationFields.note("second edit"),
                note.version()))).isInstanceOf(ConcurrentEditException.class).hasMessageContaining("first edit");
        assertThat(as(lead, () -> annotations.get(note.id())).fields().note()).isEqualTo("first edit");
    }

    @Test
    void listFiltersByKindAndAuthorAndPages() {
        for (int i = 0; i < 7; i++) {
            int s = i * 10;
            run(reviewer, () -> annotations.create(articleId, AnnotationKind.NOTE, s, s + 5, AnnotationFields.note("n")));
        }
        int q = text.indexOf(BACHELET);
        run(lead, () -> annotations.create(articleId, AnnotationKind.QUOTE, q, q + 20, AnnotationFields.quote("Bachelet")));
        long reviewerId = as(reviewer, () -> annotations.authors(articleId)).stream()
                .filter(u -> u.username().equals(reviewer)).findFirst().orElseThrow().id();

        assertThat(as(observer, () -> annotations.count(articleId, AnnotationFilter.all()))).isEqualTo(8);
        assertThat(as(observer, () -> annotations.count(articleId, new AnnotationFilter(EnumSet.of(AnnotationKind.QUOTE), null))))
                .isEqualTo(1);
        assertThat(as(observer, () -> annotations.count(articleId, new AnnotationFilter(EnumSet.allOf(AnnotationKind.class), reviewerId))))
                .isEqualTo(7);
        assertThat(as(observer, () -> annotations.count(articleId, new AnnotationFilter(Set.of(), null)))).isZero();
        assertThat(as(observer, () -> annotations.page(articleId, AnnotationFilter.all(), PageRequest.of(1, 5)))).hasSize(3);
        assertThat(as(observer, () -> annotations.page(articleId, AnnotationFilter.all(), PageRequest.of(0, 5))))
                .extracting(a -> a.span().start()).isSorted();
    }

    @Test
    void aConcurrentSaveIsRefusedSayingWhoChangedItToWhatAndWithTheVersionToReplaceIt() {
        AnnotationDetails note = as(reviewer, () -> annotations.create(articleId, AnnotationKind.NOTE, 0, 8,
                AnnotationFields.note("first")));
        AnnotationDetails byLead = as(lead, () -> annotations.update(note.id(), AnnotationFields.note("the lead's"),
                note.version()));
        ConcurrentEditException refused = catchThrowableOfType(ConcurrentEditException.class,
                () -> run(reviewer, () -> annotations.update(note.id(), AnnotationFields.note("mine"), note.version())));
        assertThat(refused.getMessage()).isEqualTo("\u2068lead Tester\u2069 changed this note while you were editing. "
                + "\u2068lead Tester\u2069's version: the lead's.");
        assertThat(refused.currentVersion()).isEqualTo(byLead.version());
        // Knowingly replacing theirs, with the version the refusal gave.
        assertThat(as(reviewer, () -> annotations.update(note.id(), AnnotationFields.note("mine"), refused.currentVersion()))
                .fields().note()).isEqualTo("mine");
    }
}
