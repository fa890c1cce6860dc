package org.crosscheck.reader.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.NotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the page served is the reader's, tells the browser to fetch the article's text and marks at
 * once, in parallel with Vaadin's scripts and first round trips, instead of after them: the
 * element's own fetches of the same addresses then find them loaded. Only for an article the
 * signed-in user may read (nothing is said about others), and without reading the text here.
 */
@Component
class ArticleTextPreload implements VaadinServiceInitListener {

    private static final Pattern READER = Pattern.compile("^/?articles/([0-9]{1,18})/?$");

    private final ArticleService articles;

    ArticleTextPreload(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            Matcher reader = path == null ? null : READER.matcher(path);
            var caller = SecurityContextHolder.getContext().getAuthentication();
            if (reader == null || !reader.matches() || caller == null || caller instanceof AnonymousAuthenticationToken) {
                return;
            }
            long articleId = Long.parseLong(reader.group(1));
            String hash;
            try {
                hash = articles.contentHash(articleId);
            } catch (NotFoundException | org.springframework.security.access.AccessDeniedException notVisible) {
                return;
            }
            preload(response.getDocument().head(), ArticleTextEndpoint.address(articleId, hash));
            preload(response.getDocument().head(), ArticleMarksEndpoint.address(articleId));
        });
    }

    private static void preload(org.jsoup.nodes.Element head, String address) {
        head.appendElement("link").attr("rel", "preload").attr("as", "fetch").attr("crossorigin", "anonymous")
                .attr("href", address);
    }
}
