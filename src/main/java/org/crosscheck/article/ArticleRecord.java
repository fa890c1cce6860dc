package org.crosscheck.article;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article with everything a bundle carries: its details, where it came from, who imported it (a
 * username), the original exactly as imported (null when not asked for) and the text the offsets count in.
 */
public record ArticleRecord(long id, String title, String outlet, String url, LocalDate publishedOn, String sourceName,
                            ArticleFormat format, Instant importedAt, String importedBy, String original, String text,
                            String contentHash, String byline, Instant publishedAt) {
}
