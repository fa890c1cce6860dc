package org.crosscheck.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextTest {

    @Test
    void oneParagraphPerLineWithSingleNewlines() {
        String raw = "\uFEFF  Title line \r\n\r\n\r\nFirst\tparagraph   here.\n   \nSecond\u00A0one.\r";
        assertThat(ArticleText.normalize(raw)).isEqualTo("Title line\nFirst paragraph here.\nSecond one.");
    }

    @Test
    void composesToNfcSoOffsetsMatchWhatBrowsersShow() {
        String decomposed = "Cafe\u0301 Almaty";
        assertThat(ArticleText.normalize(decomposed)).isEqualTo("Café Almaty").hasSize(11);
    }

    @Test
    void keepsEmojiAndDropsControlCharacters() {
        assertThat(ArticleText.normalize("🇰🇿 #Kazakhstan\u0007 news")).isEqualTo("🇰🇿 #Kazakhstan news");
    }

    @Test
    void sameTextSameHash() {
        String a = ArticleText.normalize("A\n\nB");
        String b = ArticleText.normalize("A\r\nB\r\n");
        assertThat(ArticleText.contentHash(a)).isEqualTo(ArticleText.contentHash(b)).hasSize(64);
    }
}
