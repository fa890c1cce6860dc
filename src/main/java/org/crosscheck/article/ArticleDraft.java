package org.crosscheck.article;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article about to be imported: its details and its text as it arrived. The byline is who wrote
 * it, as the page said ("Jane Doe, Reuters"), or null; {@code publishedAt} is the moment of
 * publication where the page or the caller gives one (its UTC date then wins over {@code publishedOn}).
 */
public record ArticleDraft(String title, String outlet, String url, LocalDate publishedOn,
                           String sourceName, ArticleFormat format, String original, String byline,
                           Instant publishedAt) {

    public ArticleDraft(String title, String outlet, String url, LocalDate publishedOn,
                        String sourceName, ArticleFormat format, String original, String byline) {
        this(title, outlet, url, publishedOn, sourceName, format, original, byline, null);
    }

    public ArticleDraft(String title, String outlet, String url, LocalDate publishedOn,
                        String sourceName, ArticleFormat format, String original) {
        this(title, outlet, url, publishedOn, sourceName, format, original, null, null);
    }

    public ArticleDraft withDetails(String title, String outlet, String url, LocalDate publishedOn) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original, byline, publishedAt);
    }

    public ArticleDraft withOriginal(String original) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original, byline, publishedAt);
    }

    public ArticleDraft withByline(String byline) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original, byline, publishedAt);
    }

    public ArticleDraft withPublishedAt(Instant publishedAt) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original, byline, publishedAt);
    }
}
