package org.crosscheck.article;

import java.time.Instant;
import java.time.LocalDate;

/** A row of a project's article list: the article without its text, and how much is marked on it. */
public record ArticleListEntry(long id, long projectId, String title, String outlet, String url, LocalDate publishedOn,
                               String sourceName, int length, boolean textFrozen, Instant importedAt, long version,
                               long annotations, long contradictions, String byline,
                               Instant publishedAt) {

    /** The same row with the counts of what is marked on it. */
    ArticleListEntry withCounts(long annotations, long contradictions) {
        return new ArticleListEntry(id, projectId, title, outlet, url, publishedOn, sourceName, length, textFrozen,
                importedAt, version, annotations, contradictions, byline, publishedAt);
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, projectId, title, outlet, url, publishedOn, sourceName, length, textFrozen,
                importedAt, version, byline, publishedAt);
    }
}
