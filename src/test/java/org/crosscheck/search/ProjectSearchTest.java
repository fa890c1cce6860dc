package org.crosscheck.search;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleMatches;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

@DatabaseTest
class ProjectSearchTest {

    @Autowired TestData data;
    @Autowired ProjectSearch search;
    @Autowired AnnotationService annotations;

    Team team;
    long arabNews;
    long emoji;

    @BeforeEach
    void setUp() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        emoji = data.article(team.projectId(), team.lead(), "Flags and percentages",
                "Almaty 🇰🇿 police said 100% of the\nofficers were on duty; 5_000 is not a number here.");
    }

    @Test
    void findsWordsInTheTextWithoutRegardToCaseAtTheOffsetsTheReaderUses() {
        SearchResults results = as(team.observer(), () -> search.search(team.projectId(), "POLICE officers"));
        ArticleMatches inArab = results.articles().stream().filter(a -> a.article().id() == arabNews).findFirst().orElseThrow();
        String text = as(team.observer(), () -> data.text(arabNews));
        assertThat(inArab.count()).isPositive();
        for (ArticleMatches.TextMatch match : inArab.matches()) {
            assertThat(text.substring(match.start(), match.end())).isEqualToIgnoringCase("police officers");
            assertThat(match.match()).isEqualTo(text.substring(match.start(), match.end()));
        }
        assertThat(inArab.matches()).hasSizeLessThanOrEqualTo(5);

        // After an emoji the offsets are still UTF-16 units, and a phrase broken by a paragraph is still found.
        SearchResults broken = as(team.observer(), () -> search.search(team.projectId(), "of the officers"));
        ArticleMatches flags = broken.articles().stream().filter(a -> a.article().id() == emoji).findFirst().orElseThrow();
        String flagsText = as(team.observer(), () -> data.text(emoji));
        assertThat(flags.matches()).singleElement().satisfies(m ->
                assertThat(flagsText.substring(m.start(), m.end())).isEqualTo("of the\nofficers"));
    }

    @Test
    void wildcardsAreOrdinaryCharacters() {
        assertThat(as(team.reviewer(), () -> search.search(team.projectId(), "100%")).articles())
                .extracting(a -> a.article().id()).containsExactly(emoji);
        assertThat(as(team.reviewer(), () -> search.search(team.projectId(), "5_0")).articles())
                .extracting(a -> a.article().id()).containsExactly(emoji);
        assertThat(as(team.reviewer(), () -> search.search(team.projectId(), "5x0")).isEmpty()).isTrue();
        assertThat(as(team.reviewer(), () -> search.search(team.projectId(), "%%")).isEmpty()).isTrue();
    }

    @Test
    void findsAnnotationsByTheirFieldsAndTitlesByTheirWords() {
        SpanRef police = data.span(team.lead(), arabNews, "12 police officers");
        AnnotationDetails note = as(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, police.start(),
                police.end(), AnnotationFields.note("Ask the regional akimat")));
        SearchResults results = as(team.observer(), () -> search.search(team.projectId(), "regional AKIMAT"));
        assertThat(results.annotations()).extracting(AnnotationDetails::id).containsExactly(note.id());
        assertThat(results.annotatedArticles()).containsKey(arabNews);
        assertThat(results.articles()).isEmpty();

        SearchResults byTitle = as(team.observer(), () -> search.search(team.projectId(), "percentages"));
        assertThat(byTitle.articles()).singleElement().satisfies(a -> {
            assertThat(a.inTitle()).isTrue();
            assertThat(a.count()).isZero();
        });
    }

    @Test
    void outsidersFindNothingAndShortWordsAreRefused() {
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> search.search(team.projectId(), "police")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(team.reviewer(), () -> search.search(team.projectId(), " p ")))
                .isInstanceOf(DomainException.class).hasMessageContaining("at least 2 characters");
        assertThatThrownBy(() -> run(team.reviewer(), () -> search.search(team.projectId(), "p".repeat(201))))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 200");
    }
}
