package org.crosscheck.article;

import java.time.LocalDate;

/**
 * An article about to be imported: its details and its text as it arrived. The byline is who wrote
 * it, as the page said ("Jane Doe, Reuters"), or null.
 */
public record ArticleDraft(String title, String outlet, String url, LocalDate publishedOn,
                           String sourceName, ArticleFormat format, String original, String byline) {

    public ArticleDraft(String title, String outlet, String url, LocalDate publishedOn,
                        String sourceName, ArticleFormat format, String original) {
        this(title, outlet, url, publishedOn, sourceName, format, original, null);
    }

    public ArticleDraft withDetails(String title, String outlet, String url, LocalDate publishedOn) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original, byline);
    }

    public ArticleDraft withOriginal(String original) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original, byline);
    }

    public ArticleDraft withByline(String byline) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original, byline);
    }
}
