package org.crosscheck.review;

import org.crosscheck.base.i18n.Messages;
import org.crosscheck.base.Texts;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleEvents.ArticleDeleted;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.review.ReviewEvents.ContradictionCreated;
import org.crosscheck.review.ReviewEvents.ContradictionExtended;
import org.crosscheck.review.ReviewEvents.ContradictionSpanRemoved;
import org.crosscheck.review.ReviewEvents.ContradictionStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.crosscheck.base.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Contradictions: two or more spans, in the same article or across articles of one project, that
 * disagree. Nothing is lost silently: a contradiction left with fewer than two spans is dismissed,
 * with the reason recorded, rather than deleted.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ContradictionService {

    private static final Logger log = LoggerFactory.getLogger(ContradictionService.class);

    private final ContradictionRepository contradictions;
    private final ContradictionSpanRepository spans;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.crosscheck.article.ArticleWorkflow workflow;

    ContradictionService(ContradictionRepository contradictions, ContradictionSpanRepository spans,
                         ArticleService articles, AnnotationService annotations, ProjectAccess access,
                         AccountService accounts, ApplicationEventPublisher events, Clock clock,
                         org.crosscheck.article.ArticleWorkflow workflow) {
        this.workflow = workflow;
        this.contradictions = contradictions;
        this.spans = spans;
        this.articles = articles;
        this.annotations = annotations;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("@projectAccess.canAnnotate(#projectId)")
    @Transactional
    public ContradictionDetails create(long projectId, ContradictionCategory category, String note, List<SpanRef> refs) {
        if (category == null) {
            throw DomainException.of("review.error.category-required");
        }
        List<Resolved> resolved = distinct(resolve(projectId, refs));
        if (resolved.size() < 2) {
            throw DomainException.of("review.error.two-spans");
        }
        long me = accounts.me().id();
        freezeTexts(resolved);
        Contradiction contradiction = contradictions.save(
                new Contradiction(projectId, category, Texts.optional(note, 4000, "The note"), me, clock.instant()));
        List<ContradictionSpan> saved = spans.saveAll(resolved.stream().map(r -> r.toEntity(contradiction.getId(), me,
                clock)).toList());
        events.publishEvent(new ContradictionCreated(projectId, contradiction.getId(), category, contradiction.getNote(),
                saved.stream().map(ContradictionSpan::values).toList(), me));
        return view(contradiction);
    }

    /** Adds spans to an existing contradiction ("around 1,000" from a third outlet). */
    @Transactional
    public ContradictionDetails addSpans(long contradictionId, List<SpanRef> refs) {
        Contradiction contradiction = load(contradictionId);
        access.requireAnnotate(contradiction.getProjectId());
        List<ContradictionSpan> existing = spans.findByContradictionIdOrderByIdAsc(contradictionId);
        List<Resolved> fresh = distinct(resolve(contradiction.getProjectId(), refs)).stream()
                .filter(r -> existing.stream().noneMatch(e -> e.sameSpan(r.articleId(), r.span())))
                .toList();
        if (fresh.isEmpty()) {
            throw DomainException.of("review.error.already-linked");
        }
        long me = accounts.me().id();
        freezeTexts(fresh);
        List<ContradictionSpan> saved = spans.saveAll(fresh.stream().map(r -> r.toEntity(contradictionId, me, clock))
                .toList());
        contradiction.touch(clock.instant());
        contradictions.flush();
        events.publishEvent(new ContradictionExtended(contradiction.getProjectId(), contradictionId,
                saved.stream().map(ContradictionSpan::values).toList(), articleIdsOf(contradictionId), me));
        return view(contradiction);
    }

    /**
     * Takes one span out of its contradiction. If fewer than two remain, the contradiction is
     * dismissed automatically and the reason says why.
     */
    @Transactional
    public ContradictionDetails removeSpan(long spanId) {
        return removeSpan(spanId, null);
    }

    /**
     * As {@link #removeSpan(long)}, from the contradiction as shown at {@code expectedVersion}: if
     * someone changed it since (another span taken out, so this one might now dismiss it), refused.
     */
    @Transactional
    public ContradictionDetails removeSpan(long spanId, long expectedVersion) {
        return removeSpan(spanId, Long.valueOf(expectedVersion));
    }

    private ContradictionDetails removeSpan(long spanId, Long expectedVersion) {
        ContradictionSpan span = spans.findById(spanId).orElseThrow(() -> new NotFoundException("contradiction span", spanId));
        Contradiction contradiction = loadForSpan(span);
        long me = requireMayChange(contradiction);
        if (expectedVersion != null) {
            if (contradiction.getVersion() != expectedVersion) {
                contradiction.requireVersion(expectedVersion, "review.error.changed-before-removing",
                        Messages.word("review.status-in-sentence." + contradiction.getStatus().name()),
                        spans.findByContradictionIdOrderByIdAsc(contradiction.getId()).size());
            }
        }
        spans.delete(span);
        spans.flush();
        events.publishEvent(new ContradictionSpanRemoved(contradiction.getProjectId(), contradiction.getId(),
                span.values(), me));
        int remaining = spans.findByContradictionIdOrderByIdAsc(contradiction.getId()).size();
        if (remaining < 2) {
            dismissAutomatically(contradiction, "Dismissed automatically: “" + Texts.abbreviate(span.span().exact(), 60)
                    + "” was removed and fewer than two spans remain.", me);
        } else {
            contradiction.touch(clock.instant());
        }
        contradictions.flush();
        return view(contradiction);
    }

    /**
     * Deletes an annotation and, if asked, takes the contradiction spans on its words (made from it,
     * or selected on the same text) out of their contradictions, in one transaction. Otherwise those
     * spans stay, with their own anchor.
     */
    @Transactional
    public void deleteAnnotation(long annotationId, boolean removeFromContradictions) {
        removeOverlapping(annotationId, removeFromContradictions);
        annotations.delete(annotationId);
    }

    /** As {@link #deleteAnnotation(long, boolean)}, for the annotation as read at {@code expectedVersion}. */
    @Transactional
    public void deleteAnnotation(long annotationId, boolean removeFromContradictions, long expectedVersion) {
        removeOverlapping(annotationId, removeFromContradictions);
        annotations.delete(annotationId, expectedVersion);
    }

    private void removeOverlapping(long annotationId, boolean remove) {
        if (remove) {
            for (ContradictionSpan span : overlappingSpans(annotations.get(annotationId))) {
                removeSpan(span.getId());
            }
        }
    }

    /**
     * The contradictions with a span on the annotation's words, made from it or selected on the
     * same text: what deleting it would leave without their words marked, so the user is asked.
     */
    public List<ContradictionDetails> linkedTo(long annotationId) {
        List<Long> ids = overlappingSpans(annotations.get(annotationId)).stream()
                .map(ContradictionSpan::getContradictionId).distinct().toList();
        return ids.isEmpty() ? List.of() : views(contradictions.findAllById(ids).stream()
                .sorted(Comparator.comparing(Contradiction::getId)).toList());
    }

    private List<ContradictionSpan> overlappingSpans(AnnotationDetails annotation) {
        return spans.overlapping(annotation.id(), annotation.articleId(), annotation.span().start(),
                annotation.span().end());
    }

    /** Any anchor freezes its article's text: trimming it afterwards would move the spans onto other words. */
    private void freezeTexts(List<Resolved> resolved) {
        Map<Long, String> read = new java.util.LinkedHashMap<>();
        resolved.stream().filter(r -> r.hashRead() != null).forEach(r -> read.putIfAbsent(r.articleId(), r.hashRead()));
        read.forEach(articles::freezeText);
    }

    /** Open, confirm or dismiss a contradiction; its author or a lead may, with a reason. */
    @Transactional
    public ContradictionDetails changeStatus(long contradictionId, ContradictionStatus status, String reason,
                                          long expectedVersion) {
        Contradiction contradiction = load(contradictionId);
        long me = requireMayChange(contradiction);
        contradiction.requireVersion(expectedVersion, "review.error.changed-meanwhile",
                Messages.word("review.status-in-sentence." + contradiction.getStatus().name()));
        String why = Texts.optional(reason, 2000, "The reason");
        if (why == null) {
            throw DomainException.of("review.error.reason-required");
        }
        if (status == null || status == contradiction.getStatus()) {
            throw DomainException.of("review.error.already." + contradiction.getStatus().name());
        }
        ContradictionStatus from = contradiction.getStatus();
        contradiction.changeStatus(status, why, clock.instant());
        contradictions.flush();
        events.publishEvent(new ContradictionStatusChanged(contradiction.getProjectId(), contradictionId, from, status,
                why, articleIdsOf(contradictionId), me));
        return view(contradiction);
    }

    public ContradictionDetails get(long contradictionId) {
        ContradictionDetails c = view(load(contradictionId));
        if (!visibleInIndependentWork(c)) {
            throw new NotFoundException("contradiction", contradictionId);
        }
        return c;
    }

    /**
     * In independent marking, a contradiction another member made with a side on an article whose
     * marks the caller does not see yet is not there for them either (its sides show those marks).
     */
    private boolean visibleInIndependentWork(ContradictionDetails c) {
        if (c.author() != null && c.author().id() == accounts.me().id()) {
            return true;
        }
        Map<Long, Boolean> sees = new java.util.HashMap<>();
        return c.spans().stream().allMatch(s -> sees.computeIfAbsent(s.articleId(), workflow::seesOthersMarks));
    }

    /** The contradiction a span belongs to. */
    public ContradictionDetails bySpan(long spanId) {
        ContradictionSpan span = spans.findById(spanId).orElseThrow(() -> new NotFoundException("contradiction span", spanId));
        return view(loadForSpan(span));
    }

    /**
     * The spans of each of the project's contradictions, whatever their status: what a run of
     * suggestions does not propose again.
     */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<List<SpanValues>> linkedSpans(long projectId) {
        Map<Long, List<SpanValues>> byContradiction = new java.util.LinkedHashMap<>();
        spans.inProject(projectId).forEach(s -> byContradiction.computeIfAbsent(s.getContradictionId(),
                k -> new ArrayList<>()).add(s.values()));
        return List.copyOf(byContradiction.values());
    }

    /** The contradictions with at least one span in the article: what the reader marks. */
    public List<ContradictionDetails> forArticle(long articleId) {
        access.requireRead(articles.projectIdOf(articleId));
        return views(contradictions.touching(articleId)).stream().filter(this::visibleInIndependentWork).toList();
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<ContradictionDetails> page(long projectId, ContradictionFilter filter, Pageable page) {
        if (filter.categories().isEmpty() || filter.statuses().isEmpty()) {
            return List.of();
        }
        return views(contradictions.page(projectId, filter.categories(), filter.statuses(), filter.articleId(),
                filter.textPattern(), Paging.capped(page)));
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public long count(long projectId, ContradictionFilter filter) {
        if (filter.categories().isEmpty() || filter.statuses().isEmpty()) {
            return 0;
        }
        return contradictions.count(projectId, filter.categories(), filter.statuses(), filter.articleId(),
                filter.textPattern());
    }

    /** Whether the caller may change the status or the spans: the author (still able to annotate) or a lead. */
    public boolean mayChange(ContradictionDetails c) {
        return access.mayChange(c.projectId(), c.author() == null ? null : c.author().id(), accounts.me().id());
    }

    /**
     * A deleted article takes its spans with it; contradictions left with fewer than two are
     * dismissed, with the reason, in the same transaction as the deletion.
     */
    @EventListener
    @Transactional
    public void onArticleDeleted(ArticleDeleted event) {
        List<Contradiction> touched = contradictions.touching(event.articleId());
        if (touched.isEmpty()) {
            return;
        }
        Map<Long, Long> remaining = new HashMap<>();
        for (ContradictionSpan s : spans.findByContradictionIdInOrderByIdAsc(touched.stream().map(Contradiction::getId).toList())) {
            if (s.getArticleId() != event.articleId()) {
                remaining.merge(s.getContradictionId(), 1L, Long::sum);
            }
        }
        spans.deleteByArticle(event.articleId());
        for (Contradiction c : touched) {
            Contradiction fresh = load(c.getId());
            if (remaining.getOrDefault(c.getId(), 0L) < 2) {
                dismissAutomatically(fresh, "Dismissed automatically: the article “" + Texts.abbreviate(event.details().title(), 60)
                        + "” was deleted and fewer than two spans remain.", event.byUserId());
            } else {
                fresh.touch(clock.instant());
            }
        }
        contradictions.flush();
    }

    private void dismissAutomatically(Contradiction contradiction, String reason, long byUserId) {
        if (contradiction.getStatus() == ContradictionStatus.DISMISSED) {
            return;
        }
        ContradictionStatus from = contradiction.getStatus();
        contradiction.changeStatus(ContradictionStatus.DISMISSED, reason, clock.instant());
        log.info("Contradiction {}: {}", contradiction.getId(), reason);
        events.publishEvent(new ContradictionStatusChanged(contradiction.getProjectId(), contradiction.getId(), from,
                ContradictionStatus.DISMISSED, reason, articleIdsOf(contradiction.getId()), byUserId));
    }

    private List<Long> articleIdsOf(long contradictionId) {
        return spans.findByContradictionIdOrderByIdAsc(contradictionId).stream()
                .map(ContradictionSpan::getArticleId).distinct().toList();
    }

    private long requireMayChange(Contradiction contradiction) {
        long me = accounts.me().id();
        access.requireMayChange(contradiction.getProjectId(), contradiction.getAuthorId(), me,
                "contradiction " + contradiction.getId());
        return me;
    }

    /** A span checked against its article: in the project, inside the text, taken from the annotation if one is named. */
    /** A span as it will be stored, with the hash of the text it was selected in (null for an annotation's: frozen already). */
    private record Resolved(long articleId, TextSpan span, Long annotationId, String hashRead) {
        ContradictionSpan toEntity(long contradictionId, long by, Clock clock) {
            return new ContradictionSpan(contradictionId, articleId, annotationId, span, by, clock.instant());
        }
    }

    private List<Resolved> resolve(long projectId, List<SpanRef> refs) {
        // A span taken from an annotation needs only the article's project; a selected one, its text.
        Map<Long, ArticleContent> texts = new HashMap<>();
        List<Resolved> out = new ArrayList<>();
        for (SpanRef ref : refs) {
            long articleProject = articles.projectIdOf(ref.articleId());
            if (articleProject != projectId) {
                log.warn("Refused a contradiction span from article {} of project {} in project {}", ref.articleId(),
                        articleProject, projectId);
                throw DomainException.of("review.error.same-project");
            }
            if (ref.annotationId() != null) {
                AnnotationDetails annotation = annotations.get(ref.annotationId());
                if (annotation.articleId() != ref.articleId()) {
                    throw DomainException.of("review.error.annotation-elsewhere");
                }
                out.add(new Resolved(ref.articleId(), annotation.span(), annotation.id(), null));
            } else {
                ArticleContent article = texts.computeIfAbsent(ref.articleId(), articles::get);
                out.add(new Resolved(article.id(), TextSpan.select(article.text(), ref.start(), ref.end()), null,
                        article.contentHash()));
            }
        }
        return out;
    }

    private static List<Resolved> distinct(List<Resolved> list) {
        List<Resolved> out = new ArrayList<>();
        for (Resolved r : list) {
            if (out.stream().noneMatch(o -> o.articleId() == r.articleId() && o.span().start() == r.span().start()
                    && o.span().end() == r.span().end())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The contradiction, if the caller may read its project; otherwise, as when it does not exist, NotFoundException. */
    private Contradiction load(long id) {
        Contradiction contradiction = contradictions.findById(id).orElseThrow(() -> new NotFoundException("contradiction", id));
        access.requireVisible(contradiction.getProjectId(), "contradiction", id);
        return contradiction;
    }

    /** A span's contradiction; a span of a project the caller may not read is not found, like a missing one. */
    private Contradiction loadForSpan(ContradictionSpan span) {
        Contradiction contradiction = contradictions.findById(span.getContradictionId())
                .orElseThrow(() -> new NotFoundException("contradiction span", span.getId()));
        access.requireVisible(contradiction.getProjectId(), "contradiction span", span.getId());
        return contradiction;
    }

    private ContradictionDetails view(Contradiction c) {
        return views(List.of(c)).getFirst();
    }

    private List<ContradictionDetails> views(List<Contradiction> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContradictionSpan>> byContradiction = spans
                .findByContradictionIdInOrderByIdAsc(list.stream().map(Contradiction::getId).toList()).stream()
                .collect(Collectors.groupingBy(ContradictionSpan::getContradictionId));
        // Only the articles the spans are in, without their text.
        Map<Long, ArticleSummary> articleById = articles.summaries(byContradiction.values().stream().flatMap(List::stream)
                .map(ContradictionSpan::getArticleId).collect(Collectors.toSet()));
        Set<Long> authorIds = new HashSet<>();
        list.forEach(c -> authorIds.add(c.getAuthorId()));
        Map<Long, UserSummary> authors = accounts.findByIds(authorIds);
        return list.stream().map(c -> new ContradictionDetails(c.getId(), c.getProjectId(), c.getCategory(), c.getStatus(),
                c.getNote(), c.getStatusReason(), authors.get(c.getAuthorId()), c.getCreatedAt(), c.getUpdatedAt(),
                byContradiction.getOrDefault(c.getId(), List.of()).stream().map(s -> side(s, articleById)).toList(),
                c.getVersion())).toList();
    }

    private static ContradictionDetails.Side side(ContradictionSpan s, Map<Long, ArticleSummary> articleById) {
        ArticleSummary article = articleById.get(s.getArticleId());
        return new ContradictionDetails.Side(s.getId(), s.getArticleId(), article == null ? "(deleted article)" : article.title(),
                article == null ? null : article.outlet(), s.span(), s.getAnnotationId());
    }

}
