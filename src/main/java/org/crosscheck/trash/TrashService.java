package org.crosscheck.trash;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.AccountService.ImportedAuthor;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationArchive;
import org.crosscheck.annotation.AnnotationDeleting;
import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindService;
import org.crosscheck.annotation.RestoredAnnotation;
import org.crosscheck.annotation.RestoredAnnotation.RestoredComment;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleEvents.ArticleDeleted;
import org.crosscheck.article.ArticleRecord;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.review.ContradictionArchive;
import org.crosscheck.review.ContradictionRecord;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ReviewEvents.ContradictionSpanRemoved;
import org.crosscheck.review.SpanRef;
import org.crosscheck.review.SpanValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps what is deleted in a project, restores it for a lead, and puts back what its own deleter
 * undoes. The snapshot is taken in the transaction of the deletion, just before the thing goes
 * (annotations and articles) or from the event that says what went (a contradiction's side).
 * Everything is restored under new ids, exactly where it was: refused, with the reason, when the
 * text there is not the text it marked.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrashService {

    /** At most this many items are listed at once. */
    public static final int MAX_LISTED = 500;

    private final TrashRepository items;
    private final AnnotationArchive annotationArchive;
    private final AnnotationService annotations;
    private final KindService kinds;
    private final ArticleService articles;
    private final ContradictionArchive contradictionArchive;
    private final ContradictionService contradictions;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retention;

    TrashService(TrashRepository items, AnnotationArchive annotationArchive, AnnotationService annotations,
                 KindService kinds, ArticleService articles, ContradictionArchive contradictionArchive,
                 ContradictionService contradictions, ProjectAccess access, AccountService accounts,
                 ApplicationEventPublisher events, Clock clock,
                 @Value("${crosscheck.trash.retention:30d}") Duration retention) {
        this.items = items;
        this.annotationArchive = annotationArchive;
        this.annotations = annotations;
        this.kinds = kinds;
        this.articles = articles;
        this.contradictionArchive = contradictionArchive;
        this.contradictions = contradictions;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    // ---- keeping what is deleted ----

    /** An annotation about to be deleted: kept with its thread. */
    @EventListener
    @Transactional
    public void onAnnotationDeleting(AnnotationDeleting event) {
        AnnotationRecord record = annotationArchive.record(event.annotationId());
        String hash = articles.contentHash(event.articleId());
        items.save(new TrashedItem(event.projectId(), event.articleId(), TrashType.ANNOTATION, event.annotationId(),
                label(record), Snapshots.write(new Snapshots.OfAnnotation(record, hash)), event.byUserId(),
                clock.instant()));
    }

    /**
     * An article about to be deleted (the event is published before the deletion), kept with its
     * annotations and the contradictions that have a side in it: read first, before the review
     * feature takes those sides out.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    public void onArticleDeleted(ArticleDeleted event) {
        ArticleContent content = articles.get(event.articleId());
        ArticleRecord record = articles.recordOf(event.articleId());
        List<AnnotationRecord> marked = annotationArchive.exportReader(event.projectId()).of(event.articleId());
        List<ContradictionRecord> linked = contradictionArchive.touching(event.articleId());
        items.save(new TrashedItem(event.projectId(), event.articleId(), TrashType.ARTICLE, event.articleId(),
                Texts.abbreviate(record.title(), 300), Snapshots.write(new Snapshots.OfArticle(record,
                content.textFrozen(), marked, linked)), event.byUserId(), clock.instant()));
    }

    /** A side taken out of a contradiction: kept, to be linked again. */
    @EventListener
    @Transactional
    public void onSpanRemoved(ContradictionSpanRemoved event) {
        SpanValues span = event.span();
        items.save(new TrashedItem(event.projectId(), span.articleId(), TrashType.CONTRADICTION_SPAN,
                span.spanId(), "“" + Texts.abbreviate(span.exact(), 80) + "” from contradiction " + event.contradictionId(),
                Snapshots.write(new Snapshots.OfSpan(event.contradictionId(), span)), event.byUserId(), clock.instant()));
    }

    private static String label(AnnotationRecord a) {
        return a.description().name() + " “" + Texts.abbreviate(a.span().exact(), 80) + "”";
    }

    // ---- reading the trash ----

    /** The project's trash, newest first (at most {@link #MAX_LISTED}): leads only; an outsider finds no project. */
    public List<TrashItem> list(long projectId) {
        requireLead(projectId);
        List<TrashedItem> list = items.offered(projectId, since(), PageRequest.of(0, MAX_LISTED));
        Set<Long> userIds = new HashSet<>();
        list.forEach(t -> userIds.add(t.getDeletedBy()));
        Map<Long, UserSummary> users = accounts.findByIds(userIds);
        return list.stream().map(t -> view(t, users.get(t.getDeletedBy()))).toList();
    }

    public long count(long projectId) {
        requireLead(projectId);
        return items.countOffered(projectId, since());
    }

    /** How long deleted things are kept. */
    public Duration retention() {
        return retention;
    }

    private TrashItem view(TrashedItem t, UserSummary deletedBy) {
        return new TrashItem(t.getId(), t.getProjectId(), t.getArticleId(), t.getType(), t.getSubjectId(), t.getLabel(),
                deletedBy, t.getDeletedAt(), t.getDeletedAt().plus(retention));
    }

    private Instant since() {
        return clock.instant().minus(retention);
    }

    private void requireLead(long projectId) {
        access.requireVisible(projectId, "project", projectId);
        access.requireLead(projectId);
    }

    // ---- restoring ----

    /**
     * Restores an item of the project's trash (leads only): an annotation with its comments onto
     * its article, a side back into its contradiction, an article with its annotations and its
     * sides of contradictions. Refused, with the reason, when the article's text changed under it
     * or the article is gone.
     */
    @Transactional
    public Restored restore(long projectId, long itemId) {
        requireLead(projectId);
        TrashedItem item = items.findById(itemId).filter(t -> t.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("trash item", itemId));
        return restore(item);
    }

    /**
     * Undoes the caller's own deletion of an annotation (Ctrl+Z in the reader): puts it back with
     * its thread, as a lead's restore would, if the caller may still change it.
     */
    @Transactional
    public Restored undoDelete(long annotationId) {
        long me = accounts.me().id();
        TrashedItem item = items.findFirstByTypeAndSubjectIdAndDeletedByAndRestoredAtIsNullAndDeletedAtGreaterThanEqualOrderByIdDesc(
                        TrashType.ANNOTATION, annotationId, me, since())
                .orElseThrow(() -> new RestoreRefusedException("trash.error.gone"));
        access.requireVisible(item.getProjectId(), "annotation", annotationId);
        return restore(item);
    }

    private Restored restore(TrashedItem item) {
        if (item.getRestoredAt() != null) {
            throw new RestoreRefusedException("trash.error.restored-already");
        }
        if (item.getDeletedAt().isBefore(since())) {
            throw new NotFoundException("trash item", item.getId());
        }
        return switch (item.getType()) {
            case ANNOTATION -> restoreAnnotation(item);
            case CONTRADICTION_SPAN -> restoreSpan(item);
            case ARTICLE -> restoreArticle(item);
        };
    }

    private Restored restoreAnnotation(TrashedItem item) {
        Snapshots.OfAnnotation snapshot = Snapshots.read(item.getSnapshot(), Snapshots.OfAnnotation.class);
        AnnotationRecord a = snapshot.annotation();
        String what = label(a);
        long articleId = currentArticle(item.getArticleId(), what);
        ArticleContent article = articles.get(articleId);
        requireWordsStill(article, a.span().start(), a.span().end(), a.span().exact(), what);
        UserSummary me = accounts.me();
        KindDescription kind = kindNow(item.getProjectId(), a.description(), what);
        markRestored(item, me.id(), -1);
        long id = annotationArchive.restoreDeleted(articleId, restoredOf(a, kind, me));
        markRestored(item, me.id(), id);
        events.publishEvent(new TrashEvents.AnnotationRestored(item.getProjectId(), articleId, id, a.id(), a.kind(),
                kind.name(), a.span(), a.fields(), a.comments().size(), me.id()));
        int comments = a.comments().size();
        return new Restored(TrashType.ANNOTATION, id, articleId, comments == 0 ? "trash.restored.annotation"
                : comments == 1 ? "trash.restored.annotation-comment" : "trash.restored.annotation-comments",
                List.of(what, comments));
    }

    private Restored restoreSpan(TrashedItem item) {
        Snapshots.OfSpan snapshot = Snapshots.read(item.getSnapshot(), Snapshots.OfSpan.class);
        SpanValues s = snapshot.span();
        String what = "“" + Texts.abbreviate(s.exact(), 80) + "”";
        long articleId = currentArticle(s.articleId(), what);
        ArticleContent article = articles.get(articleId);
        requireWordsStill(article, s.start(), s.end(), s.exact(), what);
        // The side remembers the annotation it was taken from, if that is still there.
        Long annotationId = s.annotationId() != null && articleId == s.articleId()
                && annotations.forArticle(articleId).stream().anyMatch(n -> n.id() == s.annotationId())
                ? s.annotationId() : null;
        markRestored(item, accounts.me().id(), snapshot.contradictionId());
        var c = contradictions.addSpans(snapshot.contradictionId(), List.of(new SpanRef(articleId, s.start(), s.end(),
                annotationId)));
        return new Restored(TrashType.CONTRADICTION_SPAN, c.id(), articleId,
                c.status() == org.crosscheck.review.ContradictionStatus.DISMISSED ? "trash.restored.span-dismissed"
                        : "trash.restored.span", List.of(what));
    }

    private Restored restoreArticle(TrashedItem item) {
        Snapshots.OfArticle snapshot = Snapshots.read(item.getSnapshot(), Snapshots.OfArticle.class);
        ArticleRecord record = snapshot.article();
        UserSummary me = accounts.me();
        long projectId = item.getProjectId();
        List<RestoredAnnotation> restored = new ArrayList<>();
        for (AnnotationRecord a : snapshot.annotations()) {
            restored.add(restoredOf(a, kindNow(projectId, a.description(), label(a)), me));
        }
        List<ContradictionRecord> linked = snapshot.contradictions();
        boolean anchored = !restored.isEmpty() || linked.stream().anyMatch(c -> c.spans().stream()
                .anyMatch(s -> s.articleId() == record.id()));
        // Claimed first (and written): a second restore of the same item waits for this one and then fails.
        markRestored(item, me.id(), -1);
        long articleId = articles.restore(projectId, record, accounts.importedAuthor(record.importedBy(), me).userId(),
                snapshot.textFrozen() || anchored);
        List<Long> made = annotationArchive.restore(articleId, restored);
        Map<Long, Long> newIds = new HashMap<>();
        for (int i = 0; i < made.size(); i++) {
            newIds.put(snapshot.annotations().get(i).id(), made.get(i));
        }
        int sides = 0;
        for (ContradictionRecord c : linked) {
            List<SpanRef> refs = c.spans().stream().filter(s -> s.articleId() == record.id())
                    .map(s -> new SpanRef(articleId, s.span().start(), s.span().end(),
                            s.annotationId() == null ? null : newIds.get(s.annotationId())))
                    .toList();
            if (!refs.isEmpty()) {
                contradictions.addSpans(c.id(), refs);
                sides += refs.size();
            }
        }
        // The restore of the annotations left the persistence context empty: the item is read again.
        markRestored(items.findById(item.getId()).orElseThrow(), me.id(), articleId);
        events.publishEvent(new TrashEvents.ArticleRestored(projectId, articleId, record.id(), record.title(),
                made.size(), sides, me.id()));
        return new Restored(TrashType.ARTICLE, articleId, articleId,
                sides == 0 ? "trash.restored.article" : "trash.restored.article-sides",
                List.of(Texts.abbreviate(record.title(), 80), made.size(), sides));
    }

    private void markRestored(TrashedItem item, long by, long as) {
        item.markRestored(by, clock.instant(), as);
        items.saveAndFlush(item);
    }

    /** The article a thing was on, or the one it was restored as; refused when it is gone. */
    private long currentArticle(long articleId, String what) {
        if (!articles.summaries(List.of(articleId)).isEmpty()) {
            return articleId;
        }
        for (Long as : items.restoredAs(TrashType.ARTICLE, articleId, PageRequest.of(0, 1))) {
            if (!articles.summaries(List.of(as)).isEmpty()) {
                return as;
            }
        }
        throw new RestoreRefusedException("trash.error.article-deleted", what, retention.toDays());
    }

    private static void requireWordsStill(ArticleContent article, int start, int end, String exact, String what) {
        String text = article.text();
        if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(exact)) {
            throw new RestoreRefusedException("trash.error.text-changed", what);
        }
    }

    /** The kind as the project has it now; refused when it was deleted. */
    private KindDescription kindNow(long projectId, KindDescription kind, String what) {
        if (kind.builtIn()) {
            return KindDescription.of(kind.kind());
        }
        return kinds.projectKinds(projectId).stream().filter(k -> k.id().equals(kind.id())).findFirst()
                .orElseThrow(() -> new RestoreRefusedException("trash.error.kind-deleted", what,
                        Texts.abbreviate(kind.name(), 40)));
    }

    private RestoredAnnotation restoredOf(AnnotationRecord a, KindDescription kind, UserSummary me) {
        Map<String, ImportedAuthor> authors = new HashMap<>();
        java.util.function.Function<String, ImportedAuthor> author = name -> authors.computeIfAbsent(
                name == null ? "" : name, n -> accounts.importedAuthor(name, me));
        return new RestoredAnnotation(kind, a.span().start(), a.span().end(), a.span().exact(), a.fields(),
                author.apply(a.author()), a.createdAt(), a.updatedAt(),
                a.comments().stream().map(c -> new RestoredComment(author.apply(c.author()), c.body(), c.createdAt(),
                        c.updatedAt())).toList(), a.threadResolved());
    }

    /** The id an annotation restored as {@code annotationId} had before (empty if it was never deleted). */
    java.util.Optional<Long> restoredFrom(long annotationId) {
        return items.restoredFrom(TrashType.ANNOTATION, annotationId, PageRequest.of(0, 1)).stream().findFirst();
    }
}
