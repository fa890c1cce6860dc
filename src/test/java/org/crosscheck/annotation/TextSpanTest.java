package org.crosscheck.annotation;

import org.crosscheck.TestData;
import org.crosscheck.article.ArticleText;
import org.crosscheck.base.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextSpanTest {

    @Test
    void leavesOutSurroundingWhiteSpaceAndKeepsContext() {
        String text = "The police said:  twelve officers died.  Then silence.";
        int start = text.indexOf("  twelve");
        TextSpan span = TextSpan.select(text, start, text.indexOf("died.") + 5 + 2);
        assertThat(span.exact()).isEqualTo("twelve officers died.");
        assertThat(span.start()).isEqualTo(text.indexOf("twelve"));
        assertThat(span.prefix()).isEqualTo("The police said:  ");
        assertThat(span.suffix()).isEqualTo("  Then silence.");
        assertThat(span.matches(text)).isTrue();
    }

    @Test
    void contextIsAtMost32CharactersEachSide() {
        String text = "a".repeat(100) + "WORD" + "b".repeat(100);
        TextSpan span = TextSpan.select(text, 100, 104);
        assertThat(span.prefix()).hasSize(32);
        assertThat(span.suffix()).hasSize(32);
    }

    @Test
    void refusesEmptyAndWhiteSpaceSelections() {
        String text = "one two\nthree";
        assertThatThrownBy(() -> TextSpan.select(text, 3, 3)).isInstanceOf(DomainException.class)
                .hasMessageContaining("empty or only white space");
        assertThatThrownBy(() -> TextSpan.select(text, 3, 4)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> TextSpan.select(text, 7, 8)).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        assertThatThrownBy(() -> TextSpan.select("short", 2, 50)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> TextSpan.select("short", -1, 2)).isInstanceOf(DomainException.class);
    }

    @Test
    void offsetsAfterAFlagEmojiLandOnTheRightCharacters() {
        String text = ArticleText.normalize(TestData.fixture("002-republic-world.txt"));
        int flag = text.indexOf("🇰🇿");
        assertThat(flag).isPositive();
        String words = "UN Human Rights Chief";
        int start = text.indexOf(words);
        TextSpan span = TextSpan.select(text, start, start + words.length());
        assertThat(span.exact()).isEqualTo(words);
        // The flag is four UTF-16 units: Java and the browser both count it so.
        assertThat("🇰🇿".length()).isEqualTo(4);
    }

    @Test
    void neverSplitsASurrogatePairOrLeavesACombiningMarkBehind() {
        String text = "Say 😀 now and cafe\u0301 later";
        int emoji = text.indexOf("😀");
        TextSpan half = TextSpan.select(text, emoji + 1, emoji + 2);
        assertThat(half.exact()).isEqualTo("😀");
        String decomposed = "cafe\u0301 x"; // not normalised on purpose: combining acute accent
        TextSpan beforeMark = TextSpan.select(decomposed, 0, 4);
        assertThat(beforeMark.exact()).isEqualTo("cafe\u0301");
    }

    @Test
    void spanAcrossParagraphsKeepsTheNewline() {
        String text = "First paragraph ends.\nSecond begins here.";
        TextSpan span = TextSpan.select(text, text.indexOf("ends"), text.indexOf(" begins"));
        assertThat(span.exact()).isEqualTo("ends.\nSecond");
    }

    @Test
    void aSpanWhoseOffsetsStillHoldItsTextStaysWhereItIs() {
        String text = "The police said 12 officers died. Later, 12 officers were named.";
        TextSpan span = TextSpan.select(text, 16, 27);
        assertThat(span.anchorIn(text)).contains(span);
    }

    @Test
    void aSpanWhoseTextMovedIsFoundAgainByQuoteAndContext() {
        String text = "The police said 12 officers died. Later, 12 officers were named.";
        int second = text.lastIndexOf("12 officers");
        TextSpan span = TextSpan.select(text, second, second + 11);
        String trimmed = text.substring(4);
        TextSpan found = span.anchorIn(trimmed).orElseThrow();
        // The second occurrence, by its context ("Later, … were named"), not the first one.
        assertThat(found.start()).isEqualTo(trimmed.lastIndexOf("12 officers"));
        assertThat(trimmed.substring(found.start(), found.end())).isEqualTo("12 officers");
    }

    @Test
    void aSpanWhoseWordsAreGoneIsOrphanedNeverDrawnOnOtherWords() {
        String text = "More than 1,000 people were injured.";
        TextSpan span = TextSpan.select(text, 0, 22);
        assertThat(span.anchorIn("Nearly 8,000 people were detained. A second wave")).isEmpty();
        assertThat(span.anchorIn("short")).isEmpty();
    }
}
