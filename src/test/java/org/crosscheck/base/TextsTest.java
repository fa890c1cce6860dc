package org.crosscheck.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    @Test
    void oneLineFieldsLoseControlCharactersAndLineBreaks() {
        assertThat(Texts.singleLine("Lena\u0000 Berg\u0007")).isEqualTo("Lena Berg");
        assertThat(Texts.singleLine(" Arab\tNews\r\nToday ")).isEqualTo("Arab News Today");
        assertThat(Texts.singleLine("bad\u001b[31mred\u007f\u0085")).isEqualTo("bad[31mred");
        // Right-to-left text and directional marks are writing, not control characters.
        assertThat(Texts.singleLine("\u202Eevil\u202C")).isEqualTo("\u202Eevil\u202C");
        assertThat(Texts.singleLine("نص عربي")).isEqualTo("نص عربي");
    }

    @Test
    void multiLineFieldsKeepTabsAndLineFeedsOnly() {
        assertThat(Texts.multiLine("first\r\nsecond\rthird\u0000\tend")).isEqualTo("first\nsecond\nthird\tend");
    }

    @Test
    void lengthIsCheckedAfterCleaningAndTheMessageNamesTheFieldAndTheLimit() {
        assertThat(Texts.optionalLine("   ", 10, "The name")).isNull();
        assertThat(Texts.optionalLine("\u0000\u0000", 10, "The name")).isNull();
        assertThat(Texts.optionalLine("ab\u0000\u0000\u0000cd", 4, "The name")).isEqualTo("abcd");
        assertThatThrownBy(() -> Texts.optional("x".repeat(11), 10, "The description"))
                .isInstanceOf(DomainException.class)
                .hasMessage("The description is longer than 10 characters (it has 11).");
    }

    @Test
    void agoIsSaidInTheLargestWholeUnit() {
        assertThat(Texts.ago(java.time.Duration.ofMillis(300))).isEqualTo("1 s ago");
        assertThat(Texts.ago(java.time.Duration.ofSeconds(-2))).isEqualTo("1 s ago");
        assertThat(Texts.ago(java.time.Duration.ofSeconds(59))).isEqualTo("59 s ago");
        assertThat(Texts.ago(java.time.Duration.ofSeconds(125))).isEqualTo("2 min ago");
        assertThat(Texts.ago(java.time.Duration.ofHours(5).plusMinutes(59))).isEqualTo("5 h ago");
        assertThat(Texts.ago(java.time.Duration.ofHours(30))).isEqualTo("1 day ago");
        assertThat(Texts.ago(java.time.Duration.ofDays(9))).isEqualTo("9 days ago");
    }

    @Test
    void isolateWrapsInFirstStrongIsolateAndPopDirectionalIsolate() {
        assertThat(Texts.isolate("\u202Eevil")).isEqualTo("\u2068\u202Eevil\u2069");
    }
}
