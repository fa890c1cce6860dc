package org.crosscheck.article;

import java.time.LocalDate;

/** An article about to be imported: its details and its text as it arrived. */
public record ArticleDraft(String title, String outlet, String url, LocalDate publishedOn,
                           String sourceName, ArticleFormat format, String original) {

    public ArticleDraft withDetails(String title, String outlet, String url, LocalDate publishedOn) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original);
    }

    public ArticleDraft withOriginal(String original) {
        return new ArticleDraft(title, outlet, url, publishedOn, sourceName, format, original);
    }
}
