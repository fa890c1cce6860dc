package org.crosscheck.suggest.engine;

import org.crosscheck.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {

    private static EngineArticle fixture(long id, String file) {
        return new EngineArticle(id, file, TestData.fixture(file));
    }

    @Test
    void theRewordedCopyIsFoundAndReportsOfTheSameEventAreNot() {
        List<NearDuplicate> found = NearDuplicates.find(List.of(fixture(1, "000-arab-news.txt"),
                fixture(2, "001-un-news-scoop.txt"), fixture(3, "002-republic-world.txt"),
                fixture(4, "003-reworded-copy.txt"), fixture(5, "004-organization-for-world-peace.txt")));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.articleId()).isEqualTo(4);
            assertThat(d.ofArticleId()).isEqualTo(1);
            assertThat(d.similarity()).isGreaterThan(0.9);
            assertThat(d.pairs()).hasSize(14);
        });
    }

    @Test
    void aRepublishedCopyWithAStoryAppendedIsStillACopy() {
        String original = TestData.fixture("000-arab-news.txt");
        String republished = "Republished from Arab News.\n\n" + original
                + "\n\nIn other news, the city council approved a new budget for parks and libraries on Tuesday.";
        List<NearDuplicate> found = NearDuplicates.find(List.of(new EngineArticle(1, "A", original),
                new EngineArticle(2, "B", republished)));
        assertThat(found).singleElement().satisfies(d -> assertThat(d.similarity()).isEqualTo(1.0));
    }

    @Test
    void wordDifferencesAreMarkedOnBothSides() {
        WordDiff.Sides sides = WordDiff.of("no matter how angry or aggrieved they may be, should not",
                "no matter how angry or sad they are, should not");
        assertThat(sides.left()).filteredOn(WordDiff.Piece::changed).extracting(WordDiff.Piece::text)
                .containsExactly("aggrieved ", "may be");
        assertThat(sides.right()).filteredOn(WordDiff.Piece::changed).extracting(WordDiff.Piece::text)
                .containsExactly("sad ", "are");
        assertThat(String.join("", sides.right().stream().map(WordDiff.Piece::text).toList()))
                .isEqualTo("no matter how angry or sad they are, should not");
    }
}
