package org.crosscheck.article;

import java.time.LocalDate;
import java.time.Instant;

/** An article without its text: what is checked before the text is needed, and the hash that names the text. */
record ArticleHead(long id, long projectId, String title, String outlet, String url, LocalDate publishedOn,
                   boolean textFrozen, long version, String contentHash, String byline, Instant publishedAt,
                   String language) {

    ArticleContent withText(String text) {
        return new ArticleContent(id, projectId, title, outlet, url, publishedOn, text, textFrozen, version, contentHash, byline, publishedAt,
                language);
    }
}
