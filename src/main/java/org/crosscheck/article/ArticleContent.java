package org.crosscheck.article;

import java.time.LocalDate;
import java.time.Instant;

/** An article with its normalised text (and that text's hash, as stored), for reading and annotating. */
public record ArticleContent(long id, long projectId, String title, String outlet, String url, LocalDate publishedOn,
                             String text, boolean textFrozen, long version, String contentHash,
                             String byline, Instant publishedAt, String language) {

    /** Whether the text reads right to left (Arabic, Hebrew, Persian …). */
    public boolean rightToLeft() {
        return ArticleLanguage.rightToLeft(language);
    }
}
