package org.crosscheck.article;

import org.crosscheck.base.Texts;
import org.crosscheck.account.AccountService;
import org.crosscheck.article.ArticleEvents.ArticleDeleted;
import org.crosscheck.article.ArticleEvents.ArticleTextFrozen;
import org.crosscheck.article.ArticleEvents.ArticleDetailsChanged;
import org.crosscheck.article.ArticleEvents.ArticleImported;
import org.crosscheck.article.ArticleEvents.ArticleTrimmed;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.WorkBudget;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectAccess;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.crosscheck.base.Paging;
import org.crosscheck.base.SearchQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/** Articles of a project: import, read, trim to the body, edit details, delete. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ArticleService {

    static final int MAX_TEXT_LENGTH = 10_000_000;
    static final int MAX_BYLINE = 300;

    private final ArticleRepository articles;
    private final ImportLimits limits;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FrozenTexts frozenTexts;
    private final WorkBudget budget;
    private final EntityManager entityManager;
    /** The features that mark articles, each counting and deleting its own marks. */
    private final List<ArticleMarks> marks;

    ArticleService(ArticleRepository articles, ImportLimits limits, ProjectAccess access, AccountService accounts,
                   ApplicationEventPublisher events, Clock clock, FrozenTexts frozenTexts, WorkBudget budget,
                   EntityManager entityManager, List<ArticleMarks> marks) {
        this.marks = List.copyOf(marks);
        this.entityManager = entityManager;
        this.frozenTexts = frozenTexts;
        this.budget = budget;
        this.articles = articles;
        this.limits = limits;
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
            throw DomainException.of("article.error.nothing-to-import");
        }
        if (requests.size() > limits.maxFiles()) {
            throw DomainException.of("article.error.too-many", limits.maxFiles(), requests.size());
        }
        // The texts are in memory already (parsed or uploaded); what the import adds is their normalised
        // copies and the stored rows: counted against the server's budget so that parallel imports
        // cannot together exhaust the heap. (The API reserved before the body was read; this is then a no-op.)
        long chars = budget.held() ? 0 : requests.stream().mapToLong(r -> (long) r.text().length()
                + (r.draft().original() == null ? 0 : r.draft().original().length())).sum();
        try (WorkBudget.Reservation ignored = budget.reserve("an import of " + requests.size() + " articles", chars * 4)) {
            return importWithinBudget(projectId, requests);
        }
    }

    private List<ArticleSummary> importWithinBudget(long projectId, List<ImportRequest> requests) {
        long me = accounts.me().id();
        List<ArticleSummary> imported = new ArrayList<>();
        Map<String, String> titleByHash = new HashMap<>();
        for (ImportRequest request : requests) {
            ArticleDraft draft = validDetails(request.draft());
            if (draft.original() != null && draft.original().indexOf('\u0000') >= 0) {
                // PostgreSQL cannot store NUL in text; the original keeps everything else as it came.
                draft = draft.withOriginal(draft.original().replace("\u0000", ""));
            }
            String text = ArticleText.normalize(request.text());
            requireStorable(draft.title(), text);
            String sameText = titleByHash.putIfAbsent(ArticleText.contentHash(text), draft.title());
            if (sameText != null) {
                throw DomainException.of("article.error.same-text-in-import", draft.title(), sameText);
            }
            Article article = articles.save(new Article(projectId, draft, text, me, clock.instant()));
            events.publishEvent(new ArticleImported(projectId, article.getId(), details(article),
                    article.getSourceName(), article.getContentHash(), article.getText().length(), me));
            imported.add(summary(article));
            // Written; the session need not hold its text until the commit (requests may be read one at a time).
            entityManager.flush();
            entityManager.detach(article);
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

    /** The articles with these ids (without their text) that the caller may read; others are left out. */
    public Map<Long, ArticleSummary> summaries(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ArticleSummary> byId = new HashMap<>();
        for (ArticleSummary a : articles.summariesOf(articleIds)) {
            if (access.canRead(a.projectId())) {
                byId.put(a.id(), a);
            }
        }
        return byId;
    }

    /** One page of the project's article list, with each article's annotation and contradiction counts. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<ArticleListEntry> page(long projectId, Pageable page) {
        return page(projectId, ArticleListFilter.ALL, page);
    }

    /** {@link #page(long, Pageable)} of the articles that pass the filter (a status, an assignee). */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<ArticleListEntry> page(long projectId, ArticleListFilter filter, Pageable page) {
        Pageable capped = Paging.capped(page);
        // Sorted as asked (title, outlet, date), then as the list always is: by date, undated last, then title.
        Sort sort = capped.getSort().and(LIST_ORDER);
        PageRequest request = PageRequest.of(capped.getPageNumber(), capped.getPageSize(), sort);
        List<ArticleListEntry> entries = filter.all() ? articles.entries(projectId, request)
                : articles.entries(projectId, filter.status(), filter.assigneeId(), request);
        List<Long> ids = entries.stream().map(ArticleListEntry::id).toList();
        Map<ArticleMarks.Counted, Map<Long, Long>> counts = new java.util.EnumMap<>(ArticleMarks.Counted.class);
        if (!ids.isEmpty()) {
            for (ArticleMarks m : marks) {
                counts.merge(m.counted(), m.countsOn(ids), (a, b) -> {
                    Map<Long, Long> sum = new HashMap<>(a);
                    b.forEach((k, v) -> sum.merge(k, v, Long::sum));
                    return sum;
                });
            }
        }
        Map<Long, Long> annotated = counts.getOrDefault(ArticleMarks.Counted.ANNOTATIONS, Map.of());
        Map<Long, Long> contradicted = counts.getOrDefault(ArticleMarks.Counted.CONTRADICTIONS, Map.of());
        return entries.stream().map(e -> e.withCounts(annotated.getOrDefault(e.id(), 0L),
                contradicted.getOrDefault(e.id(), 0L))).toList();
    }

    private static final Sort LIST_ORDER = Sort.by(Sort.Order.asc("publishedOn").nullsLast(), Sort.Order.asc("publishedAt").nullsLast(), Sort.Order.asc("title"),
            Sort.Order.asc("id"));

    /** How many places per article a search shows, and how much text around each. */
    static final int MATCHES_SHOWN = 5;
    private static final int CONTEXT = 60;

    /**
     * The project's articles whose text or title holds the words, at most {@code maxArticles}, each
     * with the first places in its text where they occur.
     */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<ArticleMatches> search(long projectId, SearchQuery query, int maxArticles) {
        List<ArticleMatches> found = new ArrayList<>();
        for (Article article : articles.search(projectId, query.likePattern(), Paging.capped(PageRequest.of(0, maxArticles)))) {
            String text = article.getText();
            Matcher matcher = query.matcher(text);
            List<ArticleMatches.TextMatch> shown = new ArrayList<>();
            int count = 0;
            while (matcher.find()) {
                if (count++ < MATCHES_SHOWN) {
                    shown.add(new ArticleMatches.TextMatch(matcher.start(), matcher.end(),
                            before(text, matcher.start()), matcher.group(), after(text, matcher.end())));
                }
            }
            boolean inTitle = query.matcher(article.getTitle()).find();
            if (count > 0 || inTitle) {
                found.add(new ArticleMatches(summary(article), inTitle, count, shown));
            }
        }
        return found;
    }

    /** Up to CONTEXT characters before {@code at}, from the start of a word and of the paragraph. */
    private static String before(String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        int paragraph = text.lastIndexOf('\n', at - 1);
        if (paragraph >= from) {
            return text.substring(paragraph + 1, at);
        }
        while (from > 0 && from < at && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, at);
    }

    private static String after(String text, int at) {
        int to = Math.min(text.length(), at + CONTEXT);
        int paragraph = text.indexOf('\n', at);
        if (paragraph >= 0 && paragraph <= to) {
            return text.substring(at, paragraph);
        }
        while (to < text.length() && to > at && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        return text.substring(at, to) + (to < text.length() ? "…" : "");
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public long count(long projectId) {
        return articles.countByProjectId(projectId);
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public long count(long projectId, ArticleListFilter filter) {
        return filter.all() ? articles.countByProjectId(projectId)
                : articles.count(projectId, filter.status(), filter.assigneeId());
    }

    /**
     * The article's text to mark: not found for a caller outside its project, refused for one who
     * may only read it (one role lookup for both).
     */
    public ArticleContent getForAnnotating(long articleId) {
        ArticleHead head = head(articleId);
        access.requireAnnotateVisible(head.projectId(), "article", articleId);
        return withText(head);
    }

    public ArticleContent get(long articleId) {
        ArticleHead head = head(articleId);
        access.requireVisible(head.projectId(), "article", articleId);
        return withText(head);
    }

    /** The hash that names the article's current text, without reading the text; as {@link #get} checks access. */
    public String contentHash(long articleId) {
        ArticleHead head = head(articleId);
        access.requireVisible(head.projectId(), "article", articleId);
        return head.contentHash();
    }

    private ArticleHead head(long articleId) {
        return articles.head(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
    }

    /**
     * The text, from memory once it is frozen (it never changes then; the key holds its hash, so a
     * text restored from a backup under a running app is read again); never the original as imported.
     */
    private ArticleContent withText(ArticleHead head) {
        String text = head.textFrozen() ? frozenTexts.get(head.id(), head.contentHash(), this::loadText)
                : loadText(head.id());
        return head.withText(text);
    }

    private String loadText(long articleId) {
        return articles.textOf(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
    }

    /** The article's title, without reading its text (an article the caller may not read is not found). */
    public String titleOf(long articleId) {
        ArticleHead head = head(articleId);
        access.requireVisible(head.projectId(), "article", articleId);
        return head.title();
    }

    /**
     * The project an article belongs to, for features that check access on articles; an article
     * the caller may not read is not found.
     */
    public long projectIdOf(long articleId) {
        long projectId = articles.projectIdOf(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
        access.requireVisible(projectId, "article", articleId);
        return projectId;
    }

    /**
     * Keeps paragraphs {@code first..last} (0-based, inclusive) and drops the rest: site navigation
     * before the article, related stories after it. Refused once the text is annotated.
     */
    @Transactional
    public ArticleContent trim(long articleId, int first, int last, long expectedVersion) {
        Article article = load(articleId);
        access.requireLead(article.getProjectId());
        article.requireVersion(expectedVersion, "article.error.changed-meanwhile");
        if (article.isTextFrozen()) {
            throw DomainException.of("article.error.frozen");
        }
        List<String> paragraphs = ArticleText.paragraphs(article.getText());
        if (first < 0 || last >= paragraphs.size() || first > last) {
            throw DomainException.of("article.error.trim-range");
        }
        int oldLength = article.getText().length();
        String oldHash = article.getContentHash();
        article.setText(String.join("\n", paragraphs.subList(first, last + 1)));
        articles.flush();
        events.publishEvent(new ArticleTrimmed(article.getProjectId(), articleId, first, last, paragraphs.size(),
                oldLength, article.getText().length(), oldHash, article.getContentHash(), accounts.me().id()));
        return content(article);
    }

    @Transactional
    public ArticleSummary updateDetails(long articleId, ArticleDetails details, long expectedVersion) {
        Article article = load(articleId);
        access.requireLead(article.getProjectId());
        article.requireVersion(expectedVersion, "article.error.changed-meanwhile");
        if (details.publishedTime() != null && details.publishedOn() == null) {
            throw DomainException.of("article.error.time-needs-date");
        }
        ArticleDraft valid = validDetails(new ArticleDraft(details.title(), details.outlet(), details.url(),
                details.publishedOn(), null, null, null, details.byline(), details.publishedAt()));
        ArticleDetails before = details(article);
        article.setDetails(valid.title(), valid.outlet(), valid.url(), valid.publishedOn(), valid.publishedAt(),
                valid.byline());
        articles.flush();
        events.publishEvent(new ArticleDetailsChanged(article.getProjectId(), articleId, before, details(article),
                accounts.me().id()));
        return summary(article);
    }

    /** The language of the article's text (a BCP 47 tag), or empty when unknown; as {@link #get} checks access. */
    public Optional<String> language(long articleId) {
        ArticleHead head = head(articleId);
        access.requireVisible(head.projectId(), "article", articleId);
        return Optional.ofNullable(head.language());
    }

    /** Sets the language of the article's text (a lead corrects the detected one); blank for unknown. */
    @Transactional
    public void setLanguage(long articleId, String tag) {
        Article article = load(articleId);
        access.requireLead(article.getProjectId());
        String clean;
        try {
            clean = ArticleLanguage.tag(tag).orElse(null);
            if (clean != null && clean.length() > 16) {
                throw new IllegalArgumentException("longer than the column");
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.onField("language", "article.error.language", Texts.abbreviate(Texts.singleLine(tag), 40));
        }
        article.setLanguage(clean);
    }

    /** Deletes the article and, through the database's cascade, its annotations. */
    @Transactional
    public void delete(long articleId) {
        delete(load(articleId));
    }

    /** Deletes the article as read at {@code expectedVersion}: refused if its details changed since. */
    @Transactional
    public void delete(long articleId, long expectedVersion) {
        Article article = load(articleId);
        access.requireLead(article.getProjectId());
        article.requireVersion(expectedVersion, "article.error.changed-before-delete");
        delete(article);
    }

    private void delete(Article article) {
        long articleId = article.getId();
        frozenTexts.forget(articleId);
        access.requireLead(article.getProjectId());
        // Published first: listeners in this transaction (contradictions that lose a side) still see the article.
        Map<ArticleMarks.Part, List<Long>> parts = new java.util.EnumMap<>(ArticleMarks.Part.class);
        for (ArticleMarks m : marks) {
            m.partsOf(articleId).forEach((part, ids) -> parts.merge(part, ids, (a, b) ->
                    java.util.stream.Stream.concat(a.stream(), b.stream()).sorted().toList()));
        }
        events.publishEvent(new ArticleDeleted(article.getProjectId(), articleId, details(article),
                article.getContentHash(), parts.getOrDefault(ArticleMarks.Part.ANNOTATION, List.of()),
                parts.getOrDefault(ArticleMarks.Part.COMMENT, List.of()),
                parts.getOrDefault(ArticleMarks.Part.CONTRADICTION_SPAN, List.of()), accounts.me().id()));
        articles.delete(article);
    }

    /** The hash of each article's text, by article: how an annotation made elsewhere finds its text here. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<Long, String> contentHashes(long projectId) {
        Map<Long, String> out = new HashMap<>();
        articles.contentHashes(projectId).forEach(row -> out.put((Long) row[0], (String) row[1]));
        return out;
    }

    /**
     * Every article of the project with its text (and its original, for a bundle), in the order of
     * the project's list ({@link #list}), read as the caller goes: a few at a time, whatever the
     * project's size. Read inside the caller's transaction, which keeps the rows coming; close it.
     */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Stream<ArticleRecord> streamRecords(long projectId, boolean withOriginal) {
        Map<Long, org.crosscheck.account.UserSummary> users = accounts.findByIds(articles.importerIds(projectId));
        Stream<ArticleRow> rows = articles.streamInListOrder(projectId);
        if (!withOriginal) {
            return rows.map(r -> r.record(null, users));
        }
        Stream<String> originals = articles.streamOriginalsInListOrder(projectId);
        Iterator<String> original = originals.iterator();
        // Both in one order of the same rows, read in one transaction: the n-th original is the n-th article's.
        return rows.map(r -> r.record(original.next(), users)).onClose(originals::close);
    }

    /**
     * One article with everything a bundle carries (its original included) and whether its text is
     * frozen, read in the caller's transaction just before it is deleted: what the trash keeps.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public ArticleRecord recordOf(long articleId) {
        Article a = load(articleId);
        var importer = accounts.findByIds(List.of(a.getImportedBy())).get(a.getImportedBy());
        return new ArticleRecord(a.getId(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(), a.getSourceName(),
                a.getOriginalFormat(), a.getImportedAt(), importer == null ? null : importer.username(), a.getOriginalText(),
                a.getText(), a.getContentHash(), a.getByline(), a.getPublishedAt());
    }

    /** An article as {@link #streamRecords} reads it. */
    record ArticleRow(long id, String title, String outlet, String url, LocalDate publishedOn, String sourceName,
                      ArticleFormat format, java.time.Instant importedAt, long importedBy, String contentHash, String text,
                      String byline, java.time.Instant publishedAt) {

        ArticleRecord record(String original, Map<Long, org.crosscheck.account.UserSummary> users) {
            var importer = users.get(importedBy);
            return new ArticleRecord(id, title, outlet, url, publishedOn, sourceName, format, importedAt,
                    importer == null ? null : importer.username(), original, text, contentHash, byline, publishedAt);
        }
    }

    /**
     * Restores an article from a bundle into a project the caller leads, in the caller's
     * transaction: details checked as on import, the text taken exactly as it was (it must already
     * be in the normal form the offsets of its annotations count in), frozen when anything will be
     * anchored in it. Publishes no event: the import it is part of is announced once.
     */
    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public long restore(long projectId, ArticleRecord record, long importedBy, boolean frozen) {
        ArticleDraft draft = validDetails(new ArticleDraft(record.title(), record.outlet(), record.url(),
                record.publishedOn(), record.sourceName(), record.format() == null ? ArticleFormat.TEXT : record.format(),
                record.original() == null ? record.text() : record.original().replace("\u0000", ""), record.byline(),
                record.publishedAt()));
        String text = record.text() == null ? "" : record.text();
        requireStorable(draft.title(), text);
        if (!ArticleText.normalize(text).equals(text)) {
            throw DomainException.of("article.error.text-not-normal", draft.title());
        }
        Article article = new Article(projectId, draft, text, importedBy,
                record.importedAt() == null ? clock.instant() : record.importedAt());
        if (frozen) {
            article.freezeText();
        }
        return articles.save(article).getId();
    }

    /** A normalised text an article can hold: not empty, not longer than the limit. */
    private static void requireStorable(String title, String text) {
        if (text.isEmpty()) {
            throw DomainException.of("article.error.no-text", title);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw DomainException.of("article.error.too-long", title, MAX_TEXT_LENGTH);
        }
    }

    /**
     * Called by the annotation feature, inside its transaction, before the first annotation of an
     * article is stored, with the hash of the text it anchored the annotation in (as it read it with
     * the text); the caller has checked the
     * right to annotate. Many reviewers may mark a fresh article at once: the first to commit
     * freezes it (and the version moves on, so a trim begun before fails), the others find it frozen
     * with the very text they anchored in and go on. Only if the text changed meanwhile (trimmed
     * before it froze) is the annotation refused, as a concurrent edit.
     */
    @Transactional
    public void freezeText(long articleId, String hash) {
        ArticleHead head = head(articleId);
        access.requireAnnotate(head.projectId());
        if (articles.freeze(articleId, hash) == 1) {
            events.publishEvent(new ArticleTextFrozen(head.projectId(), articleId, hash, accounts.me().id()));
            return;
        }
        ArticleHead now = head(articleId);
        if (!now.textFrozen() || !now.contentHash().equals(hash)) {
            throw new ConcurrentEditException(now.version(), "article.error.text-changed-while-marking");
        }
    }

    /** The article, if the caller may read its project; otherwise, as when it does not exist, NotFoundException. */
    private Article load(long articleId) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
        access.requireVisible(article.getProjectId(), "article", articleId);
        return article;
    }

    private static ArticleDraft validDetails(ArticleDraft draft) {
        String title = Texts.optionalLine(draft.title(), 500, "The title");
        if (title == null) {
            throw DomainException.of("article.error.title-missing");
        }
        String outlet = Texts.optionalLine(draft.outlet(), 200, "The outlet's name");
        String url = Texts.optionalLine(draft.url(), 2000, "The URL");
        if (url != null) {
            checkWebAddress(url);
        }
        String source = Texts.singleLine(draft.sourceName());
        String sourceName = source == null || source.isEmpty() ? "pasted" : Texts.abbreviate(source, 500);
        String byline = Texts.optionalLine(draft.byline(), MAX_BYLINE, "The byline");
        return new ArticleDraft(title, outlet, url, draft.publishedOn(), sourceName, draft.format(), draft.original(), byline,
                publishedAt(draft.publishedAt()));
    }

    /** A publication moment to the second; one more than a day ahead is a typing or a clock mistake. */
    private static java.time.Instant publishedAt(java.time.Instant at) {
        if (at != null && at.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(1)))) {
            throw DomainException.of("article.error.future");
        }
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** An http(s) address of a host, without a user name or password in it (they would be shown to every reader). */
    private static void checkWebAddress(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw DomainException.of("article.error.url-invalid", e.getReason());
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
            throw DomainException.of("article.error.url-scheme");
        }
        if (uri.getRawUserInfo() != null) {
            throw DomainException.of("article.error.url-credentials");
        }
    }

    private static ArticleDetails details(Article a) {
        return new ArticleDetails(a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(), a.getByline(),
                ArticleDetails.timeOf(a.getPublishedAt()));
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.getId(), a.getProjectId(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(),
                a.getSourceName(), a.getText().length(), a.isTextFrozen(), a.getImportedAt(), a.getVersion(), a.getByline(),
                a.getPublishedAt());
    }

    private static ArticleContent content(Article a) {
        return new ArticleContent(a.getId(), a.getProjectId(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(),
                a.getText(), a.isTextFrozen(), a.getVersion(), a.getContentHash(), a.getByline(),
                a.getPublishedAt(), a.getLanguage());
    }
}
