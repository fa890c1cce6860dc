package org.crosscheck.annotation;

import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.i18n.Messages;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationEvents.AnnotationDeleted;
import org.crosscheck.annotation.AnnotationEvents.AnnotationUpdated;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.crosscheck.base.Paging;
import org.crosscheck.base.SearchQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Quotes, figures and notes on an article's text. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AnnotationService {


    private final AnnotationRepository annotations;
    private final ArticleService articles;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KindService kinds;

    private final org.crosscheck.article.ArticleWorkflow workflow;

    AnnotationService(AnnotationRepository annotations, ArticleService articles, ProjectAccess access,
                      AccountService accounts, ApplicationEventPublisher events, Clock clock, KindService kinds,
                      org.crosscheck.article.ArticleWorkflow workflow) {
        this.workflow = workflow;
        this.kinds = kinds;
        this.annotations = annotations;
        this.articles = articles;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Marks {@code [start, end)} of the article's text (UTF-16 offsets). White space around the
     * selection is left out; an empty or white-space selection is refused.
     */
    @Transactional
    public AnnotationDetails create(long articleId, AnnotationKind kind, int start, int end, AnnotationFields fields) {
        return createAll(articleId, List.of(new NewAnnotation(kind, start, end, fields))).getFirst();
    }

    /** {@link #create(long, AnnotationKind, int, int, AnnotationFields)} for any kind of the project: "QUOTE", "kind-12". */
    @Transactional
    public AnnotationDetails create(long articleId, String kindId, int start, int end, AnnotationFields fields) {
        return createAll(articleId, List.of(new NewAnnotation(kindId, start, end, fields))).getFirst();
    }

    /**
     * Creates several annotations on one article in one transaction (an import, a batch of accepted
     * suggestions): all of them, or none if one is invalid.
     */
    @Transactional
    public List<AnnotationDetails> createAll(long articleId, List<NewAnnotation> requests) {
        return create(articleId, requests, null, false);
    }

    /**
     * Marks exactly {@code [start, end)}, for callers that name offsets rather than select words
     * (the API, imports): refused, never adjusted, when the offsets leave the text, split a
     * character, start or end with white space, or do not hold {@code expectedExact} (when given).
     */
    @Transactional
    public AnnotationDetails createExactly(long articleId, AnnotationKind kind, int start, int end, String expectedExact,
                                          AnnotationFields fields) {
        return createExactly(articleId, kind.name(), start, end, expectedExact, fields);
    }

    /** {@link #createExactly(long, AnnotationKind, int, int, String, AnnotationFields)} for any kind of the project. */
    @Transactional
    public AnnotationDetails createExactly(long articleId, String kindId, int start, int end, String expectedExact,
                                          AnnotationFields fields) {
        return create(articleId, List.of(new NewAnnotation(kindId, start, end, fields)),
                expectedExact == null ? "" : expectedExact, false).getFirst();
    }

    /**
     * An annotation a reviewer accepted from the suggestions: exactly {@code [start, end)} holding
     * {@code exact}, like {@link #createExactly}, and marked as suggested (its origin).
     */
    @Transactional
    public AnnotationDetails createAccepted(long articleId, AnnotationKind kind, int start, int end, String exact,
                                            AnnotationFields fields) {
        return create(articleId, List.of(new NewAnnotation(kind, start, end, fields)), exact, true).getFirst();
    }

    /** {@code exact} null: a selection, adjusted to whole words; otherwise offsets taken as they are ("" checks nothing more). */
    private List<AnnotationDetails> create(long articleId, List<NewAnnotation> requests, String exact, boolean suggested) {
        ArticleContent article = articles.getForAnnotating(articleId);
        UserSummary me = accounts.me();
        List<Annotation> created = new ArrayList<>(requests.size());
        Map<String, KindDescription> described = new java.util.HashMap<>();
        for (NewAnnotation request : requests) {
            KindDescription kind = described.computeIfAbsent(request.kindId(), id -> kinds.find(article.projectId(), id)
                    .orElseThrow(() -> DomainException.onField("kind", "annotation.error.no-such-kind",
                            Texts.abbreviate(id, 40))));
            if (suggested && !kind.builtIn()) {
                throw DomainException.onField("kind", "annotation.error.suggestion-built-in");
            }
            if (exact != null) {
                requireExact(article.text(), request.start(), request.end(), exact);
            }
            TextSpan span = TextSpan.select(article.text(), request.start(), request.end());
            Annotation annotation = new Annotation(article.projectId(), articleId, kind, span, me.id(), clock.instant());
            annotation.apply(request.fields().validFor(kind), me.id(), clock.instant());
            if (suggested) {
                annotation.markSuggested();
            }
            created.add(annotation);
        }
        if (!article.textFrozen() && !created.isEmpty()) {
            articles.freezeText(articleId, article.contentHash());
        }
        created = annotations.saveAllAndFlush(created);
        for (Annotation a : created) {
            KindDescription kind = kinds.describe(a);
            events.publishEvent(new AnnotationCreated(a.getProjectId(), articleId, a.getId(), a.getKind(), a.span(),
                    a.fields(), me.id(), kind.name(), AnnotationEvents.labels(kind)));
        }
        return created.stream().map(a -> view(a, me, kinds.describe(a))).toList();
    }

    static void requireExact(String text, int start, int end, String exact) {
        if (start < 0 || end > text.length() || start >= end) {
            throw DomainException.onField("start", "annotation.error.offsets-range",
                    String.valueOf(text.length()));
        }
        if (Character.isLowSurrogate(text.charAt(start)) || (end < text.length() && Character.isLowSurrogate(text.charAt(end)))) {
            throw DomainException.onField("start", "annotation.error.offsets-split");
        }
        if (!exact.isEmpty() && !exact.equals(text.substring(start, end))) {
            throw DomainException.onField("exact", "annotation.error.exact-mismatch",
                    Texts.abbreviate(text.substring(start, end), 80));
        }
        TextSpan span = TextSpan.select(text, start, end);
        if (span.start() != start || span.end() != end) {
            throw DomainException.onField("start", "annotation.error.span-whitespace",
                    String.valueOf(span.start()), String.valueOf(span.end()));
        }
    }

    /** Changes the fields of an annotation (its author's or, for a lead, anyone's) if nobody saved it meanwhile. */
    @Transactional
    public AnnotationDetails update(long annotationId, AnnotationFields fields, long expectedVersion) {
        Annotation annotation = load(annotationId);
        UserSummary me = requireMayChange(annotation);
        requireVersion(annotation, expectedVersion);
        AnnotationFields before = annotation.fields();
        KindDescription kind = kinds.describe(annotation);
        annotation.apply(keepArchived(before, fields, kind).validFor(kind), me.id(), clock.instant());
        annotations.flush();
        events.publishEvent(new AnnotationUpdated(annotation.getProjectId(), annotation.getArticleId(), annotationId,
                before, annotation.fields(), annotation.getVersion(), me.id(), kind.name(), AnnotationEvents.labels(kind)));
        return view(annotation, accounts.findByIds(Set.of(annotation.getAuthorId())).get(annotation.getAuthorId()), kind);
    }

    /** The new fields, with the values of archived fields kept: nobody can edit those, and an edit must not drop them. */
    private static AnnotationFields keepArchived(AnnotationFields before, AnnotationFields after, KindDescription kind) {
        Map<String, String> values = new java.util.HashMap<>(after.values());
        kind.fields().stream().filter(KindField::archived).forEach(f -> {
            values.remove(f.key());
            if (before.values().containsKey(f.key())) {
                values.put(f.key(), before.values().get(f.key()));
            }
        });
        return new AnnotationFields(after.speaker(), after.figureValue(), after.figureQualifier(), after.figureCounts(),
                after.figureUnit(), after.note(), values);
    }

    @Transactional
    public void delete(long annotationId) {
        delete(load(annotationId));
    }

    /** Deletes the annotation as read at {@code expectedVersion}: refused if someone changed it since. */
    @Transactional
    public void delete(long annotationId, long expectedVersion) {
        Annotation annotation = load(annotationId);
        requireMayChange(annotation);
        requireVersion(annotation, expectedVersion);
        delete(annotation);
    }

    private void delete(Annotation annotation) {
        long annotationId = annotation.getId();
        UserSummary me = requireMayChange(annotation);
        KindDescription kind = kinds.describe(annotation);
        events.publishEvent(new AnnotationDeleting(annotation.getProjectId(), annotation.getArticleId(), annotationId, me.id()));
        annotations.delete(annotation);
        annotations.flush();
        events.publishEvent(new AnnotationDeleted(annotation.getProjectId(), annotation.getArticleId(), annotationId,
                annotation.getKind(), annotation.span(), annotation.fields(), annotation.getAuthorId(), me.id(),
                kind.name(), AnnotationEvents.labels(kind)));
    }

    public AnnotationDetails get(long annotationId) {
        return views(List.of(load(annotationId))).getFirst();
    }

    /** Every annotation of the article the caller may see, in text order: what the reader draws. */
    public List<AnnotationDetails> forArticle(long articleId) {
        access.requireRead(articles.projectIdOf(articleId));
        List<Annotation> all = annotations.findByArticleIdOrderBySpanStartAscIdAsc(articleId);
        if (!workflow.seesOthersMarks(articleId)) {
            long me = accounts.me().id();
            all = all.stream().filter(a -> a.getAuthorId() == me).toList();
        }
        return views(all);
    }

    /**
     * Every annotation of the article, whoever may see what in independent mode: for comparing the
     * assignees' marks (agreement, curation), which only a lead does.
     */
    public List<AnnotationDetails> allOfArticle(long articleId) {
        access.requireLead(articles.projectIdOf(articleId));
        return views(annotations.findByArticleIdOrderBySpanStartAscIdAsc(articleId));
    }

    /**
     * The filter as the caller may apply it: in independent mode, before submission, only their own
     * marks (null when they asked for someone else's: nothing).
     */
    private AnnotationFilter visible(long articleId, AnnotationFilter filter) {
        if (workflow.seesOthersMarks(articleId)) {
            return filter;
        }
        long me = accounts.me().id();
        if (filter.authorId() != null && filter.authorId() != me) {
            return null;
        }
        return new AnnotationFilter(filter.kinds(), filter.projectKindIds(), me);
    }

    /** One page of the article's annotations that pass the filter, in text order: what the side panel lists. */
    public List<AnnotationDetails> page(long articleId, AnnotationFilter filter, Pageable page) {
        access.requireRead(articles.projectIdOf(articleId));
        filter = visible(articleId, filter);
        if (filter == null || filter.none()) {
            return List.of();
        }
        return views(annotations.page(articleId, filter.queryKinds(), filter.allProjectKinds(),
                filter.queryProjectKindIds(), filter.authorId(), Paging.capped(page)));
    }

    /** The project's figures, at most {@code max}, by article and position (the claims matrix reads them). */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<AnnotationDetails> figures(long projectId, int max) {
        return views(seen(annotations.findByProjectIdAndKindOrderByArticleIdAscSpanStartAsc(projectId, AnnotationKind.FIGURE,
                PageRequest.of(0, max))));
    }

    public long count(long articleId, AnnotationFilter filter) {
        access.requireRead(articles.projectIdOf(articleId));
        filter = visible(articleId, filter);
        return filter == null || filter.none() ? 0 : annotations.count(articleId, filter.queryKinds(), filter.allProjectKinds(),
                filter.queryProjectKindIds(), filter.authorId());
    }

    /**
     * The project's annotations whose selected text, speaker, figure or note holds the words, at most
     * {@code max}, by article and position.
     */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<AnnotationDetails> search(long projectId, SearchQuery query, int max) {
        List<Annotation> found = annotations.search(projectId, query.likePattern(), Paging.capped(PageRequest.of(0, max)))
                .stream().filter(a -> {
                    AnnotationFields f = a.fields();
                    return Stream.concat(Stream.of(a.span().exact(), f.speaker(), f.figureCounts(), f.figureUnit(), f.note()),
                                    f.values().values().stream())
                            .anyMatch(field -> field != null && query.matcher(field).find());
                })
                .toList();
        return views(seen(found));
    }

    /** The annotations of a project-wide read that the caller may see (independent mode hides others' before submission). */
    private List<Annotation> seen(List<Annotation> list) {
        Map<Long, Boolean> all = new java.util.HashMap<>();
        long me = accounts.me().id();
        return list.stream().filter(a -> a.getAuthorId() == me
                || all.computeIfAbsent(a.getArticleId(), workflow::seesOthersMarks)).toList();
    }

    /** Who annotated the article, for the author filter (in independent mode before submission: the caller). */
    public List<UserSummary> authors(long articleId) {
        access.requireRead(articles.projectIdOf(articleId));
        if (!workflow.seesOthersMarks(articleId)) {
            long me = accounts.me().id();
            return accounts.findByIds(annotations.authorIds(articleId).stream().filter(id -> id == me).toList())
                    .values().stream().toList();
        }
        return accounts.findByIds(annotations.authorIds(articleId)).values().stream()
                .sorted(Comparator.comparing(UserSummary::displayName)).toList();
    }

    /** Whether the caller may edit or delete this annotation: its author may, and so may a lead. */
    public boolean mayChange(AnnotationDetails annotation) {
        return access.mayChange(annotation.projectId(), annotation.author() == null ? null : annotation.author().id(),
                accounts.me().id());
    }

    private UserSummary requireMayChange(Annotation annotation) {
        UserSummary me = accounts.me();
        access.requireMayChange(annotation.getProjectId(), annotation.getAuthorId(), me.id(),
                "annotation " + annotation.getId());
        return me;
    }

    /** "Lena changed this quote while you were editing. Lena's version: …" (the dialog adds the caller's). */
    /** Refused when someone saved the annotation since the caller read it, saying who and what it is now. */
    private void requireVersion(Annotation annotation, long expectedVersion) {
        if (annotation.getVersion() == expectedVersion) {
            return;
        }
        UserSummary other = accounts.findByIds(Set.of(annotation.getUpdatedBy())).get(annotation.getUpdatedBy());
        KindDescription kind = kinds.describe(annotation);
        Object kindName = kind.builtIn() ? Messages.word("annotation.kind." + kind.id() + ".in-sentence")
                : kind.name().toLowerCase();
        String summary = kind.summary(annotation.fields());
        throw other == null
                ? new ConcurrentEditException(annotation.getVersion(), "annotation.error.conflict-someone", kindName, summary)
                : new ConcurrentEditException(annotation.getVersion(), "annotation.error.conflict",
                Texts.isolate(other.displayName()), kindName, summary);
    }

    /** The annotation, if the caller may read its project; otherwise, as when it does not exist, NotFoundException. */
    private Annotation load(long annotationId) {
        Annotation annotation = annotations.findById(annotationId)
                .orElseThrow(() -> new NotFoundException("annotation", annotationId));
        access.requireVisible(annotation.getProjectId(), "annotation", annotationId);
        if (annotation.getAuthorId() != accounts.me().id() && !workflow.seesOthersMarks(annotation.getArticleId())) {
            // Independent marking: another's mark before submission is not there for the caller, to read or to change.
            throw new NotFoundException("annotation", annotationId);
        }
        return annotation;
    }

    private List<AnnotationDetails> views(List<Annotation> list) {
        Set<Long> authorIds = new HashSet<>();
        list.forEach(a -> authorIds.add(a.getAuthorId()));
        Map<Long, UserSummary> authors = accounts.findByIds(authorIds);
        Map<Long, KindDescription> described = new java.util.HashMap<>();
        return list.stream().map(a -> view(a, authors.get(a.getAuthorId()), a.getKindId() == null
                ? KindDescription.of(a.getKind()) : described.computeIfAbsent(a.getKindId(), id -> kinds.describe(a)))).toList();
    }

    private static AnnotationDetails view(Annotation a, UserSummary author, KindDescription kind) {
        return new AnnotationDetails(a.getId(), a.getProjectId(), a.getArticleId(), a.getKind(), a.span(), a.fields(),
                author, a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(), a.getOrigin(), kind);
    }
}
