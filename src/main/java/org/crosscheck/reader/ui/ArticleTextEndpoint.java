package org.crosscheck.reader.ui;

import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * The text {@code <cc-article-text>} draws, fetched by the element itself rather than carried in
 * Vaadin's state: the page can start loading it while Vaadin starts (see {@link ArticleTextPreload}),
 * and a large text is not kept in every reader's UI state nor resent with it. The browser keeps it
 * but asks again each time (its hash is the ETag): the answer is then a bodiless 304, and whoever
 * uses the browser next, after a sign-out, is checked like anyone else. Signed-in users only (the
 * security chain's default); a reader outside the project gets 404, as for an article that does
 * not exist.
 */
@RestController
class ArticleTextEndpoint {

    static final String PATH = "article-text/"; // not translated: a path

    private final ArticleService articles;

    ArticleTextEndpoint(ArticleService articles) {
        this.articles = articles;
    }

    /** Where the element fetches the text with this hash, relative to the application's root. */
    static String address(ArticleContent article) {
        return address(article.id(), article.contentHash());
    }

    static String address(long articleId, String contentHash) {
        return PATH + articleId + "?h=" + contentHash;
    }

    @GetMapping("/" + PATH + "{articleId:[0-9]{1,18}}") // not translated: a route pattern
    ResponseEntity<byte[]> text(@PathVariable long articleId, @RequestParam(name = "h", required = false) String hash,
                                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String cached) {
        ArticleContent article;
        try {
            article = articles.get(articleId);
        } catch (NotFoundException notVisible) {
            return ResponseEntity.notFound().build();
        }
        if (hash == null || !hash.equals(article.contentHash())) {
            // The page was drawn with another text (trimmed since): its offsets would not fit this one.
            return ResponseEntity.status(HttpStatus.CONFLICT).cacheControl(CacheControl.noStore()).build();
        }
        String etag = "\"" + article.contentHash() + "\"";
        CacheControl revalidate = CacheControl.noCache().cachePrivate();
        if (etag.equals(cached)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(revalidate).build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .eTag(etag).cacheControl(revalidate)
                .body(article.text().getBytes(StandardCharsets.UTF_8));
    }
}
