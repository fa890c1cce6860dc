package org.crosscheck.article;

import org.crosscheck.base.Texts;
import org.crosscheck.account.AccountService;
import org.crosscheck.article.ArticleEvents.ArticleDeleted;
import org.crosscheck.article.ArticleEvents.ArticleDetailsChanged;
import org.crosscheck.article.ArticleEvents.ArticleImported;
import org.crosscheck.article.ArticleEvents.ArticleTrimmed;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles of a project: import, read, trim to the body, edit details, delete. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ArticleService {

    static final int MAX_TEXT_LENGTH = 5_000_000;

    private final ArticleRepository articles;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ProjectAccess access, AccountService accounts,
                   ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports articles in one transaction: either all of them are stored or, if one is invalid,
     * none. Text is normalised here, whatever the caller did before.
     */
    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public List<ArticleSummary> importArticles(long projectId, List<ImportRequest> requests) {
        if (requests.isEmpty()) {
            throw new DomainException("Nothing to import.");
        }
        long me = accounts.me().id();
        List<ArticleSummary> imported = new ArrayList<>();
        for (ImportRequest request : requests) {
            ArticleDraft draft = validDetails(request.draft());
            String text = ArticleText.normalize(request.text());
            if (text.isEmpty()) {
                throw new DomainException("'" + draft.title() + "' has no text.");
            }
            if (text.length() > MAX_TEXT_LENGTH) {
                throw new DomainException("'" + draft.title() + "' is longer than " + MAX_TEXT_LENGTH + " characters.");
            }
            Article article = articles.save(new Article(projectId, draft, text, me, clock.instant()));
            events.publishEvent(new ArticleImported(projectId, article.getId(), article.getTitle(),
                    article.getContentHash(), me));
            imported.add(summary(article));
        }
        return imported;
    }

    public record ImportRequest(ArticleDraft draft, String text) {
    }

    /** An article of the project with the same normalised text, if one was imported before. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Optional<ArticleSummary> findDuplicate(long projectId, String text) {
        return articles.findFirstByProjectIdAndContentHash(projectId, ArticleText.contentHash(ArticleText.normalize(text)))
                .map(ArticleService::summary);
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<ArticleSummary> list(long projectId) {
        return articles.summaries(projectId);
    }

    public ArticleContent get(long articleId) {
        Article article = load(articleId);
        access.requireRead(article.getProjectId());
        return content(article);
    }

    /** The project an article belongs to, for features that check access on articles. */
    public long projectIdOf(long articleId) {
        return articles.projectIdOf(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
    }

    /**
     * Keeps paragraphs {@code first..last} (0-based, inclusive) and drops the rest: site navigation
     * before the article, related stories after it. Refused once the text is annotated.
     */
    @Transactional
    public ArticleContent trim(long articleId, int first, int last, long expectedVersion) {
        Article article = load(articleId);
        access.requireLead(article.getProjectId());
        checkVersion(article, expectedVersion);
        if (article.isTextFrozen()) {
            throw new DomainException("This article has annotations, so its text can no longer change.");
        }
        List<String> paragraphs = ArticleText.paragraphs(article.getText());
        if (first < 0 || last >= paragraphs.size() || first > last) {
            throw new DomainException("Choose a first and a last paragraph, the first before the last.");
        }
        int oldLength = article.getText().length();
        article.setText(String.join("\n", paragraphs.subList(first, last + 1)));
        articles.flush();
        events.publishEvent(new ArticleTrimmed(article.getProjectId(), articleId, oldLength, article.getText().length(),
                accounts.me().id()));
        return content(article);
    }

    @Transactional
    public ArticleSummary updateDetails(long articleId, String title, String outlet, String url, LocalDate publishedOn,
                                        long expectedVersion) {
        Article article = load(articleId);
        access.requireLead(article.getProjectId());
        checkVersion(article, expectedVersion);
        ArticleDraft valid = validDetails(new ArticleDraft(title, outlet, url, publishedOn, null, null, null));
        article.setDetails(valid.title(), valid.outlet(), valid.url(), valid.publishedOn());
        articles.flush();
        events.publishEvent(new ArticleDetailsChanged(article.getProjectId(), articleId, valid.title(), accounts.me().id()));
        return summary(article);
    }

    /** Deletes the article and, through the database's cascade, its annotations. */
    @Transactional
    public void delete(long articleId) {
        Article article = load(articleId);
        access.requireLead(article.getProjectId());
        // Published first: listeners in this transaction (contradictions that lose a side) still see the article.
        events.publishEvent(new ArticleDeleted(article.getProjectId(), articleId, article.getTitle(), accounts.me().id()));
        articles.delete(article);
    }

    /**
     * Called by the annotation feature, inside its transaction, before the first annotation of an
     * article is stored; the caller has checked the right to annotate.
     */
    @Transactional
    public void freezeText(long articleId) {
        Article article = load(articleId);
        access.requireAnnotate(article.getProjectId());
        if (!article.isTextFrozen()) {
            article.freezeText();
        }
    }

    private Article load(long articleId) {
        return articles.findById(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
    }

    private static void checkVersion(Article article, long expectedVersion) {
        if (article.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Someone else changed this article meanwhile. Reload it and try again.");
        }
    }

    private static ArticleDraft validDetails(ArticleDraft draft) {
        String title = strip(draft.title());
        if (title == null || title.length() > 500) {
            throw new DomainException("An article needs a title of 1 to 500 characters.");
        }
        String outlet = strip(draft.outlet());
        if (outlet != null && outlet.length() > 200) {
            throw new DomainException("The outlet's name is longer than 200 characters.");
        }
        String url = strip(draft.url());
        if (url != null && !isWebAddress(url)) {
            throw new DomainException("The URL must be a web address starting with http:// or https://.");
        }
        String sourceName = draft.sourceName() == null ? "pasted" : Texts.abbreviate(draft.sourceName(), 500);
        return new ArticleDraft(title, outlet, url, draft.publishedOn(), sourceName, draft.format(), draft.original());
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.getId(), a.getProjectId(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(),
                a.getSourceName(), a.getText().length(), a.isTextFrozen(), a.getImportedAt(), a.getVersion());
    }

    private static ArticleContent content(Article a) {
        return new ArticleContent(a.getId(), a.getProjectId(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(),
                a.getText(), a.isTextFrozen(), a.getVersion());
    }
}
