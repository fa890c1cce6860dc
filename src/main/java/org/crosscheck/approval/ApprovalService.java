package org.crosscheck.approval;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationEvents.AnnotationDeleted;
import org.crosscheck.annotation.AnnotationEvents.AnnotationUpdated;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.approval.ApprovalEvents.ItemChecked;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ReviewEvents.ContradictionChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checking the work of a project: who may decide, on what, when, and what a decision does. The
 * annotation and contradiction services are asked for the things checked, so their read checks hold
 * (a thing of a project the caller may not read is not found).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ApprovalService {

    private final DecisionRepository decisions;
    private final AnnotationService annotations;
    private final CommentService comments;
    private final ContradictionService contradictions;
    private final ArticleService articles;
    private final ArticleWorkflow workflow;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalService(DecisionRepository decisions, AnnotationService annotations, CommentService comments,
                    ContradictionService contradictions, ArticleService articles, ArticleWorkflow workflow,
                    ProjectAccess access, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.annotations = annotations;
        this.comments = comments;
        this.contradictions = contradictions;
        this.articles = articles;
        this.workflow = workflow;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** One thing to check on an article's list, as the Check screen and the API show it. */
    public record CheckItem(CheckSubject subject, long id, long version, String kindName, String kindCss, String text,
                            String details, UserSummary author, CheckState state, KindDescription kind) {

        /** "annotation:12:3": what the screen showed, which a decision names so that it lands on exactly that. */
        public String key() {
            return subject.type() + ":" + id + ":" + version;
        }

        /** Not decided, or changed since its decision. */
        public boolean toCheck() {
            return state == null || state.toCheck();
        }
    }

    /** An article's things to check, in text order (annotations, then contradictions), and where its work stands. */
    public record Checklist(long articleId, long projectId, String title, ArticleStatus status, boolean mayCheck,
                            List<CheckItem> items) {

        public long count(Outcome outcome) {
            return items.stream().filter(i -> i.state() != null && i.state().current() && i.state().outcome() == outcome)
                    .count();
        }

        public long toCheck() {
            return items.stream().filter(CheckItem::toCheck).count();
        }

        /** Whether decisions may be taken now: by a checker, on an article ready for review. */
        public boolean open() {
            return mayCheck && status == ArticleStatus.READY_FOR_REVIEW;
        }
    }

    /** Whether the caller may check work in the project (a lead or a checker). */
    public boolean mayCheck(long projectId) {
        return access.canCheck(projectId);
    }

    /** The article's annotations and the contradictions with a span in it, each with its latest decision. */
    public Checklist checklist(long articleId) {
        long projectId = articles.projectIdOf(articleId);
        access.requireVisible(projectId, "article", articleId);
        List<AnnotationDetails> marked = annotations.forArticle(articleId);
        List<ContradictionDetails> linked = contradictions.forArticle(articleId);
        Map<Long, CheckState> annotationStates = states(CheckSubject.ANNOTATION, marked.stream().map(AnnotationDetails::id).toList());
        Map<Long, CheckState> contradictionStates = states(CheckSubject.CONTRADICTION,
                linked.stream().map(ContradictionDetails::id).toList());
        List<CheckItem> items = new ArrayList<>();
        for (AnnotationDetails a : marked) {
            items.add(new CheckItem(CheckSubject.ANNOTATION, a.id(), a.version(), a.kindName(), a.description().cssClass(),
                    a.span().exact(), a.summary(), a.author(), annotationStates.get(a.id()), a.description()));
        }
        for (ContradictionDetails c : linked) {
            items.add(new CheckItem(CheckSubject.CONTRADICTION, c.id(), c.version(), "Contradiction", "contradiction",
                    c.headline(), c.note() == null ? "" : c.note(), c.author(), contradictionStates.get(c.id()), null));
        }
        var work = workflow.stateOf(articleId);
        return new Checklist(articleId, projectId, articles.get(articleId).title(), work.status(),
                access.canCheck(projectId), List.copyOf(items));
    }

    /**
     * Decides on an annotation or a contradiction as the checker saw it ({@code expectedVersion}):
     * refused when it changed since, when the caller may not check, on their own work (unless they
     * lead), and before the article is ready for review. Needs change and Rejected need words, which
     * also go into the annotation's comment thread, where the author sees and answers them.
     */
    @Transactional
    public CheckState decide(CheckSubject subject, long id, long expectedVersion, Outcome outcome, String comment) {
        if (outcome == null) {
            throw DomainException.onField("outcome", "approval.error.no-outcome");
        }
        Checked thing = load(subject, id);
        if (!access.canCheck(thing.projectId())) {
            throw new AccessDeniedException("may not check work in project " + thing.projectId());
        }
        UserSummary me = accounts.me();
        if (thing.authorId() != null && thing.authorId() == me.id() && !access.canLead(thing.projectId())) {
            throw DomainException.onField("outcome", "approval.error.own-work");
        }
        if (thing.version() != expectedVersion) {
            throw new ConcurrentEditException(thing.version(), "approval.error.changed-since-opened");
        }
        requireReadyForReview(thing.articleIds());
        String words = Texts.optional(comment, 2000, "The comment");
        if (outcome.needsComment() && words == null) {
            throw outcome == Outcome.REJECTED ? DomainException.onField("comment", "approval.error.reason-rejected")
                    : DomainException.onField("comment", "approval.error.what-to-change");
        }
        Decision decision = decisions.findBySubjectTypeAndSubjectId(subject, id)
                .orElseGet(() -> new Decision(thing.projectId(), thing.articleId(), subject, id));
        Outcome before = decision.getOutcome() != null && decision.isCurrent() ? decision.getOutcome() : null;
        decision.decide(outcome, words, thing.authorId(), me.id(), clock.instant());
        decision = decisions.saveAndFlush(decision);
        if (subject == CheckSubject.ANNOTATION && words != null) {
            comments.add(id, outcome.label() + ": " + words);
        }
        events.publishEvent(new ItemChecked(thing.projectId(), thing.articleId(), thing.articleIds(), subject.type(), id,
                thing.version(), before, outcome, words, thing.authorId(), thing.kindName(), me.id(), false));
        return state(decision, me);
    }

    /**
     * A lead's curation of an article's independent marks, in one transaction: each annotation named
     * is approved (taken into the final set) or rejected (left out, with {@code comment}). Decisions
     * land on the annotations as they are now; nothing goes into the comment threads, and each is
     * audited and live like any decision.
     */
    @Transactional
    public void curate(long articleId, Map<Long, Outcome> outcomes, String comment) {
        long projectId = articles.projectIdOf(articleId);
        if (!access.canLead(projectId)) {
            throw new AccessDeniedException("Only a lead curates project " + projectId);
        }
        requireReadyForReview(List.of(articleId));
        if (outcomes.isEmpty()) {
            return;
        }
        Map<Long, AnnotationDetails> marks = new HashMap<>();
        annotations.allOfArticle(articleId).forEach(a -> marks.put(a.id(), a));
        Map<Long, Decision> existing = new HashMap<>();
        List<Long> ids = List.copyOf(outcomes.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            decisions.findBySubjectTypeAndSubjectIdIn(CheckSubject.ANNOTATION, ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .forEach(d -> existing.put(d.getSubjectId(), d));
        }
        UserSummary me = accounts.me();
        String words = Texts.optional(comment, 2000, "The comment");
        List<Decision> changed = new ArrayList<>();
        List<ItemChecked> told = new ArrayList<>();
        outcomes.forEach((id, outcome) -> {
            AnnotationDetails a = marks.get(id);
            if (a == null) {
                throw DomainException.of("approval.error.curation-gone");
            }
            Decision d = existing.getOrDefault(id, new Decision(projectId, articleId, CheckSubject.ANNOTATION, id));
            Outcome before = d.getOutcome() != null && d.isCurrent() ? d.getOutcome() : null;
            String why = outcome == Outcome.APPROVED ? null : words;
            d.decide(outcome, why, a.author() == null ? null : a.author().id(), me.id(), clock.instant());
            changed.add(d);
            told.add(new ItemChecked(projectId, articleId, List.of(articleId), CheckSubject.ANNOTATION.type(), id,
                    a.version(), before, outcome, why, a.author() == null ? null : a.author().id(), a.kindName(), me.id(),
                    true));
        });
        decisions.saveAllAndFlush(changed);
        told.forEach(events::publishEvent);
    }

    /** The latest decisions on the article's annotations among {@code ids} (the caller may read the article). */
    public Map<Long, CheckState> annotationStates(long articleId, List<Long> ids) {
        articles.projectIdOf(articleId);
        return states(CheckSubject.ANNOTATION, ids);
    }

    /** The latest decision on one thing, if any (the caller may read it). */
    public java.util.Optional<CheckState> stateOf(CheckSubject subject, long id) {
        load(subject, id);
        return decisions.findBySubjectTypeAndSubjectId(subject, id)
                .map(d -> state(d, accounts.findByIds(Set.of(d.getDecidedBy())).get(d.getDecidedBy())));
    }

    /** What of the project is approved and unchanged since: the ids of annotations and of contradictions. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Approved approved(long projectId) {
        return new Approved(Set.copyOf(decisions.approvedIds(projectId, CheckSubject.ANNOTATION)),
                Set.copyOf(decisions.approvedIds(projectId, CheckSubject.CONTRADICTION)));
    }

    /** Every decision of the project, by thing: what a report shows beside each annotation and contradiction. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public ProjectChecks ofProject(long projectId) {
        List<Decision> all = decisions.findByProjectId(projectId);
        Map<Long, UserSummary> who = accounts.findByIds(all.stream().map(Decision::getDecidedBy).distinct().toList());
        Map<Long, CheckState> onAnnotations = new HashMap<>();
        Map<Long, CheckState> onContradictions = new HashMap<>();
        for (Decision d : all) {
            (d.getSubjectType() == CheckSubject.ANNOTATION ? onAnnotations : onContradictions)
                    .put(d.getSubjectId(), state(d, who.get(d.getDecidedBy())));
        }
        return new ProjectChecks(Map.copyOf(onAnnotations), Map.copyOf(onContradictions));
    }

    /** The approved, unchanged things of a project. */
    public record Approved(Set<Long> annotations, Set<Long> contradictions) {
    }

    /** The latest decisions of a project by annotation and by contradiction id. */
    public record ProjectChecks(Map<Long, CheckState> annotations, Map<Long, CheckState> contradictions) {
        public static final ProjectChecks NONE = new ProjectChecks(Map.of(), Map.of());
    }

    // A change to a thing after its decision sends it back to the checkers; a deleted thing's decision goes with it.
    // These run in the transaction of the change, so the two never disagree.

    @EventListener
    @Transactional
    public void on(AnnotationUpdated event) {
        decisions.markChanged(CheckSubject.ANNOTATION, event.annotationId());
    }

    @EventListener
    @Transactional
    public void on(AnnotationDeleted event) {
        decisions.deleteBySubject(CheckSubject.ANNOTATION, event.annotationId());
    }

    @EventListener
    @Transactional
    public void on(ContradictionChange event) {
        decisions.markChanged(CheckSubject.CONTRADICTION, event.contradictionId());
    }

    private void requireReadyForReview(List<Long> articleIds) {
        Set<ArticleStatus> statuses = new HashSet<>();
        for (long articleId : articleIds) {
            statuses.add(workflow.stateOf(articleId).status());
        }
        if (!statuses.contains(ArticleStatus.READY_FOR_REVIEW)) {
            ArticleStatus now = statuses.size() == 1 ? statuses.iterator().next() : null;
            throw now == null ? DomainException.onField("outcome", "approval.error.not-ready")
                    : DomainException.onField("outcome", "approval.error.not-ready." + now.name());
        }
    }

    private Map<Long, CheckState> states(CheckSubject subject, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Decision> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(decisions.findBySubjectTypeAndSubjectIdIn(subject, ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        Map<Long, UserSummary> who = accounts.findByIds(found.stream().map(Decision::getDecidedBy).distinct().toList());
        Map<Long, CheckState> out = new HashMap<>();
        found.forEach(d -> out.put(d.getSubjectId(), state(d, who.get(d.getDecidedBy()))));
        return out;
    }

    private static CheckState state(Decision d, UserSummary decidedBy) {
        return new CheckState(d.getSubjectType(), d.getSubjectId(), d.getOutcome(), d.getComment(), decidedBy,
                d.getDecidedAt(), d.isCurrent());
    }

    /** What a decision needs to know of the thing checked. */
    private record Checked(long projectId, Long articleId, List<Long> articleIds, Long authorId, long version,
                           String kindName) {
    }

    private Checked load(CheckSubject subject, long id) {
        if (subject == CheckSubject.ANNOTATION) {
            AnnotationDetails a = annotations.get(id);
            return new Checked(a.projectId(), a.articleId(), List.of(a.articleId()),
                    a.author() == null ? null : a.author().id(), a.version(), a.kindName());
        }
        ContradictionDetails c = contradictions.get(id);
        return new Checked(c.projectId(), null, c.spans().stream().map(ContradictionDetails.Side::articleId).distinct().toList(),
                c.author() == null ? null : c.author().id(), c.version(), "Contradiction");
    }
}
