package org.crosscheck.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article without its text, for lists. */
public record ArticleSummary(long id, long projectId, String title, String outlet, String url, LocalDate publishedOn,
                             String sourceName, int length, boolean textFrozen, Instant importedAt, long version,
                             String byline, Instant publishedAt) {
}
