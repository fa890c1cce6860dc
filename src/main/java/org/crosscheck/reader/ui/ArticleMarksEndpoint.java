package org.crosscheck.reader.ui;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.LiveChange;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.suggest.SuggestionDetails;
import org.crosscheck.suggest.SuggestionService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;
import org.crosscheck.account.AccountService;
import org.crosscheck.base.i18n.Messages;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Everything the reader marks on an article's text (annotations, contradiction spans, pending
 * suggestions), fetched by {@code <cc-article-text>} itself: the page asks for it while Vaadin
 * starts (see {@link ArticleTextPreload}), instead of waiting for Vaadin's round trip to carry it,
 * and the marks are not kept in every reader's UI state.
 * <p>
 * Lines of JSON: the first says which changes the marks hold ({@code {"seen": n}}, {@link
 * LiveUpdates#seen}), then one {@link Mark} a line, which the browser can parse a slice at a time
 * (one array of 50,000 marks was a parse of a third of a second in one task). The reader
 * draws it only if it is not older than its own subscription to the article's changes, and asks
 * the view for the marks otherwise. Checked like the article: a reader outside the project gets 404.
 */
@RestController
class ArticleMarksEndpoint {

    static final String PATH = "article-marks/"; // not translated: a path

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson;charset=UTF-8"); // not translated: a media type

    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ContradictionService contradictions;
    private final SuggestionService suggestions;
    private final LiveUpdates liveUpdates;
    private final AccountService accounts;

    ArticleMarksEndpoint(ArticleService articles, AnnotationService annotations, ContradictionService contradictions,
                         SuggestionService suggestions, LiveUpdates liveUpdates, AccountService accounts) {
        this.accounts = accounts;
        this.articles = articles;
        this.annotations = annotations;
        this.contradictions = contradictions;
        this.suggestions = suggestions;
        this.liveUpdates = liveUpdates;
    }

    /** Where the element fetches the marks of an article, relative to the application's root. */
    static String address(long articleId) {
        return PATH + articleId;
    }

    /** The layers the reader draws, in the order it draws them. */
    static List<MarkLayer> layers(long articleId, List<AnnotationDetails> annotated,
                                  List<ContradictionDetails> touching, List<SuggestionDetails> pending, Locale locale) {
        return List.of(AnnotationMarks.of(annotated, locale), ContradictionMarks.of(touching, articleId, locale),
                SuggestionMarks.of(pending, articleId, locale));
    }

    /**
     * The language of the tooltips: the one the reader chose, else the browser's as Vaadin picks it
     * for the page (an exact match first, then one of the same language), else English. The address
     * carries no language: the page preloads it before it knows one.
     */
    private Locale language(HttpServletRequest request) {
        return accounts.myLanguage().map(Messages::supported).orElseGet(() ->
                request.getHeader("Accept-Language") == null ? Messages.ENGLISH
                        : browserLanguage(Collections.list(request.getLocales())));
    }

    static Locale browserLanguage(List<Locale> asked) {
        return asked.stream().filter(Messages.LANGUAGES::contains).findFirst()
                .or(() -> asked.stream().flatMap(l -> Messages.LANGUAGES.stream()
                        .filter(ours -> ours.getLanguage().equals(l.getLanguage()))).findFirst())
                .orElse(Messages.ENGLISH);
    }

    @GetMapping(value = "/" + PATH + "{articleId:[0-9]{1,18}}") // not translated: a route pattern
    ResponseEntity<String> marks(@PathVariable long articleId, HttpServletRequest request) {
        // Taken before anything is read: what is read below holds every change counted up to it.
        long seen = liveUpdates.seen(LiveChange.article(articleId));
        ArticleContent article;
        try {
            article = articles.get(articleId);
        } catch (NotFoundException notVisible) {
            return ResponseEntity.notFound().build();
        }
        StringBuilder body = new StringBuilder("{\"seen\":").append(seen).append("}\n"); // not translated: JSON
        for (MarkLayer layer : layers(articleId, annotations.forArticle(articleId), contradictions.forArticle(articleId),
                suggestions.pendingOn(articleId), language(request))) {
            // JSON escapes line breaks inside strings: one line is one mark, whatever its label holds.
            layer.marks(article.text()).forEach(mark -> body.append(JSON.writeValueAsString(mark)).append('\n'));
        }
        return ResponseEntity.ok().contentType(NDJSON).cacheControl(CacheControl.noStore()).body(body.toString());
    }
}
