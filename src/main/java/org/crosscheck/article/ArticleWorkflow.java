package org.crosscheck.article;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.article.ArticleEvents.ArticleAssigneesChanged;
import org.crosscheck.article.ArticleEvents.ArticleStatusChanged;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.MemberSummary;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectEvents.MemberRemoved;
import org.crosscheck.project.ProjectEvents.MemberRoleChanged;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who works on which article and how far the work is: a lead assigns members who may annotate; an
 * article moves To do → In progress → Ready for review → Done, and back with a reason. Its assignees
 * move it up to Ready for review; only a lead marks it done or takes it back from done.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ArticleWorkflow {

    public static final int MAX_ASSIGNEES = 20;
    static final int MAX_ARTICLES_AT_ONCE = 500;

    private final ArticleRepository articles;
    private final ArticleWorkRepository work;
    private final ArticleAssigneeRepository assignees;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleWorkflow(ArticleRepository articles, ArticleWorkRepository work, ArticleAssigneeRepository assignees,
                    ProjectAccess access, ProjectService projects, AccountService accounts,
                    ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.work = work;
        this.assignees = assignees;
        this.access = access;
        this.projects = projects;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Where an article's work stands: its status (who set it, when, why), and who works on it. */
    public record WorkState(long articleId, ArticleStatus status, List<UserSummary> assignees, UserSummary changedBy,
                            Instant changedAt, String reason) {
    }

    /** An article assigned to the caller, with its project and status. */
    public record AssignedArticle(ArticleSummary article, String projectName, ArticleStatus status) {
    }

    public WorkState stateOf(long articleId) {
        long projectId = projectOf(articleId);
        return statesOf(projectId, List.of(articleId)).get(articleId);
    }

    /** The work state of several articles of one project (a page of its list). */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<Long, WorkState> statesOf(long projectId, Collection<Long> articleIds) {
        Map<Long, ArticleWork> byArticle = new HashMap<>();
        // Only this project's articles: ids of another project's articles answer as if they had no work.
        work.findByArticleIdIn(articleIds).stream().filter(w -> w.getProjectId() == projectId)
                .forEach(w -> byArticle.put(w.getArticleId(), w));
        Map<Long, List<Long>> assigned = new HashMap<>();
        Set<Long> userIds = new HashSet<>();
        for (ArticleAssignee a : assignees.findByArticleIdIn(articleIds)) {
            if (a.getProjectId() != projectId) {
                continue;
            }
            assigned.computeIfAbsent(a.getArticleId(), k -> new ArrayList<>()).add(a.getUserId());
            userIds.add(a.getUserId());
        }
        byArticle.values().forEach(w -> userIds.add(w.getChangedBy()));
        Map<Long, UserSummary> users = accounts.findByIds(userIds);
        Map<Long, WorkState> out = new LinkedHashMap<>();
        for (long id : articleIds) {
            ArticleWork w = byArticle.get(id);
            List<UserSummary> who = assigned.getOrDefault(id, List.of()).stream().map(users::get)
                    .filter(java.util.Objects::nonNull).sorted(Comparator.comparing(UserSummary::displayName)).toList();
            out.put(id, w == null ? new WorkState(id, ArticleStatus.TODO, who, null, null, null)
                    : new WorkState(id, w.getStatus(), who, users.get(w.getChangedBy()), w.getChangedAt(), w.getReason()));
        }
        return out;
    }

    /** The members a lead may assign: those who may annotate. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<UserSummary> assignable(long projectId) {
        return projects.members(projectId).stream().filter(m -> m.role().canAnnotate()).map(MemberSummary::user)
                .sorted(Comparator.comparing(UserSummary::displayName)).toList();
    }

    /** Refused unless the caller leads the article's project (not found, as for reading, outside it). */
    public void requireMayAssign(long articleId) {
        access.requireLead(projectOf(articleId));
    }

    /** Makes exactly these members the article's assignees (a lead only). */
    @Transactional
    public WorkState setAssignees(long articleId, Collection<Long> userIds) {
        long projectId = projectOf(articleId);
        access.requireLead(projectId);
        Set<Long> wanted = checkAssignable(projectId, userIds);
        List<ArticleAssignee> current = assignees.findByArticleId(articleId);
        Set<Long> before = new HashSet<>();
        current.forEach(a -> before.add(a.getUserId()));
        if (!before.equals(wanted)) {
            current.stream().filter(a -> !wanted.contains(a.getUserId())).forEach(assignees::delete);
            long me = accounts.me().id();
            Instant now = clock.instant();
            wanted.stream().filter(u -> !before.contains(u))
                    .forEach(u -> assignees.save(new ArticleAssignee(articleId, projectId, u, me, now)));
            assignees.flush();
            publishAssignees(projectId, articleId, before, wanted, me);
        }
        return stateOf(articleId);
    }

    /** Adds these members to the assignees of each of these articles of the project (a lead only); how many were added. */
    @Transactional
    public int assign(long projectId, Collection<Long> articleIds, Collection<Long> userIds) {
        access.requireLead(projectId);
        if (articleIds.size() > MAX_ARTICLES_AT_ONCE) {
            throw DomainException.of("article.error.assign-too-many", MAX_ARTICLES_AT_ONCE);
        }
        Set<Long> adding = checkAssignable(projectId, userIds);
        Map<Long, Long> projectOfArticle = new HashMap<>();
        articles.summariesOf(articleIds).forEach(a -> projectOfArticle.put(a.id(), a.projectId()));
        for (long id : articleIds) {
            if (!Long.valueOf(projectId).equals(projectOfArticle.get(id))) {
                throw new NotFoundException("article", id);
            }
        }
        Map<Long, Set<Long>> before = new HashMap<>();
        assignees.findByArticleIdIn(articleIds).forEach(a ->
                before.computeIfAbsent(a.getArticleId(), k -> new HashSet<>()).add(a.getUserId()));
        long me = accounts.me().id();
        Instant now = clock.instant();
        int added = 0;
        for (long id : new java.util.LinkedHashSet<>(articleIds)) {
            Set<Long> had = before.getOrDefault(id, Set.of());
            Set<Long> after = new HashSet<>(had);
            for (long u : adding) {
                if (after.add(u)) {
                    assignees.save(new ArticleAssignee(id, projectId, u, me, now));
                    added++;
                }
            }
            if (after.size() > MAX_ASSIGNEES) {
                throw DomainException.of("article.error.too-many-assignees", MAX_ASSIGNEES);
            }
            if (!after.equals(had)) {
                assignees.flush();
                publishAssignees(projectId, id, had, after, me);
            }
        }
        return added;
    }

    /**
     * Moves the article's work to {@code to}. A move back needs a reason. Assignees move it up to
     * Ready for review; a lead may move it anywhere.
     */
    @Transactional
    public WorkState changeStatus(long articleId, ArticleStatus to, String reason) {
        long projectId = projectOf(articleId);
        if (to == null) {
            throw DomainException.onField("status", "article.error.choose-status");
        }
        ArticleWork w = work.findById(articleId).orElseGet(() -> new ArticleWork(articleId, projectId));
        ArticleStatus from = w.getStatus();
        long me = accounts.me().id();
        requireMayMove(projectId, articleId, from, to, me);
        String why = Texts.optionalLine(reason, 1000, "The reason");
        if (to.isBackFrom(from) && why == null) {
            throw DomainException.onField("reason", "article.error.say-why." + to.name());
        }
        if (from == to) {
            return stateOf(articleId);
        }
        w.move(to, why, me, clock.instant());
        work.saveAndFlush(w);
        events.publishEvent(new ArticleStatusChanged(projectId, articleId, from, to, why, me));
        return stateOf(articleId);
    }

    /**
     * An assignee submits their own marks of an article of an independent project: from then on
     * they see the others' marks, and once every assignee has submitted the article is ready for
     * review. Submitting twice changes nothing.
     */
    @Transactional
    public WorkState submit(long articleId) {
        long projectId = projectOf(articleId);
        long me = accounts.me().id();
        List<ArticleAssignee> all = assignees.findByArticleId(articleId);
        ArticleAssignee mine = all.stream().filter(a -> a.getUserId() == me).findFirst()
                .orElseThrow(() -> DomainException.onField("submit", "article.error.only-assignees-submit"));
        if (!access.canAnnotate(projectId)) {
            throw new AccessDeniedException("may not annotate in project " + projectId);
        }
        if (mine.getSubmittedAt() == null) {
            mine.submit(clock.instant());
            assignees.flush();
            events.publishEvent(new ArticleEvents.ArticleSubmitted(projectId, articleId, me));
            if (all.stream().allMatch(a -> a.getSubmittedAt() != null)) {
                ArticleWork w = work.findById(articleId).orElseGet(() -> new ArticleWork(articleId, projectId));
                ArticleStatus from = w.getStatus();
                if (from.ordinal() < ArticleStatus.READY_FOR_REVIEW.ordinal()) {
                    w.move(ArticleStatus.READY_FOR_REVIEW, null, me, clock.instant());
                    work.saveAndFlush(w);
                    events.publishEvent(new ArticleStatusChanged(projectId, articleId, from, ArticleStatus.READY_FOR_REVIEW,
                            null, me));
                }
            }
        }
        return stateOf(articleId);
    }

    /** Who of the article's assignees has submitted their marks (independent mode), by user id. */
    public Map<Long, Boolean> submissions(long articleId) {
        projectOf(articleId);
        Map<Long, Boolean> out = new java.util.LinkedHashMap<>();
        assignees.findByArticleId(articleId).forEach(a -> out.put(a.getUserId(), a.getSubmittedAt() != null));
        return out;
    }

    /**
     * Whether the caller sees everyone's marks of the article, or only their own: in an independent
     * project, an assignee sees the others' once they submitted, any other member once every
     * assignee submitted, and a lead always (to curate). Elsewhere everyone sees everything.
     */
    public boolean seesOthersMarks(long articleId) {
        long projectId = projectOf(articleId);
        if (!projects.isIndependent(projectId) || access.canLead(projectId)) {
            return true;
        }
        List<ArticleAssignee> all = assignees.findByArticleId(articleId);
        if (all.isEmpty()) {
            return true;
        }
        long me = accounts.me().id();
        return all.stream().filter(a -> a.getUserId() == me).findFirst()
                .map(a -> a.getSubmittedAt() != null)
                .orElseGet(() -> all.stream().allMatch(a -> a.getSubmittedAt() != null));
    }

    /** Whether the caller may move the article to {@code to} (for the screens: the service checks again). */
    public boolean mayMove(long articleId, ArticleStatus to) {
        long projectId = projectOf(articleId);
        ArticleStatus from = work.findById(articleId).map(ArticleWork::getStatus).orElse(ArticleStatus.TODO);
        try {
            requireMayMove(projectId, articleId, from, to, accounts.me().id());
            return true;
        } catch (AccessDeniedException no) {
            return false;
        }
    }

    /** The articles assigned to the caller, in every project they are in, by project and title. */
    public List<AssignedArticle> assignedToMe() {
        long me = accounts.me().id();
        List<ArticleAssignee> mine = assignees.findByUserIdOrderByProjectIdAscArticleIdAsc(me);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mine.stream().map(ArticleAssignee::getArticleId).toList();
        Map<Long, ArticleStatus> status = new HashMap<>();
        work.findByArticleIdIn(ids).forEach(w -> status.put(w.getArticleId(), w.getStatus()));
        Map<Long, String> projectNames = new HashMap<>();
        return articles.summariesOf(ids).stream()
                .filter(a -> access.canRead(a.projectId()))
                .sorted(Comparator.comparing(ArticleSummary::projectId).thenComparing(ArticleSummary::title))
                .map(a -> new AssignedArticle(a, projectNames.computeIfAbsent(a.projectId(), p -> projects.get(p).name()),
                        status.getOrDefault(a.id(), ArticleStatus.TODO)))
                .toList();
    }

    /** A member who leaves a project, or may no longer annotate there, leaves its assignments too. */
    @EventListener
    void on(MemberRemoved removed) {
        unassign(removed.projectId(), removed.userId(), removed.byUserId());
    }

    @EventListener
    void on(MemberRoleChanged changed) {
        if (!changed.to().canAnnotate()) {
            unassign(changed.projectId(), changed.userId(), changed.byUserId());
        }
    }

    private void unassign(long projectId, long userId, long by) {
        for (ArticleAssignee a : assignees.findByProjectIdAndUserId(projectId, userId)) {
            Set<Long> before = new HashSet<>();
            assignees.findByArticleId(a.getArticleId()).forEach(x -> before.add(x.getUserId()));
            Set<Long> after = new HashSet<>(before);
            after.remove(userId);
            assignees.delete(a);
            assignees.flush();
            publishAssignees(projectId, a.getArticleId(), before, after, by);
        }
    }

    private void requireMayMove(long projectId, long articleId, ArticleStatus from, ArticleStatus to, long me) {
        if (access.canLead(projectId)) {
            return;
        }
        boolean assigned = assignees.findByArticleId(articleId).stream().anyMatch(a -> a.getUserId() == me);
        if (!assigned || !access.canAnnotate(projectId)) {
            throw new AccessDeniedException("Only the article's assignees and the project's leads move its work.");
        }
        if (to == ArticleStatus.DONE || from == ArticleStatus.DONE) {
            throw new AccessDeniedException("Only a lead marks an article done, or takes it back from done.");
        }
        if (to.ordinal() >= ArticleStatus.READY_FOR_REVIEW.ordinal() && projects.isIndependent(projectId)
                && !assignees.findByArticleId(articleId).stream().allMatch(a -> a.getSubmittedAt() != null)) {
            throw DomainException.onField("status", "article.error.not-all-submitted");
        }
    }

    private Set<Long> checkAssignable(long projectId, Collection<Long> userIds) {
        if (userIds.size() > MAX_ASSIGNEES) {
            throw DomainException.onField("assignees", "article.error.too-many-assignees", MAX_ASSIGNEES);
        }
        Map<Long, ProjectRole> roles = new HashMap<>();
        projects.members(projectId).forEach(m -> roles.put(m.user().id(), m.role()));
        for (long u : userIds) {
            ProjectRole role = roles.get(u);
            if (role == null) {
                throw DomainException.onField("assignees", "article.error.not-member");
            }
            if (!role.canAnnotate()) {
                throw DomainException.onField("assignees", "article.error.observer");
            }
        }
        return new HashSet<>(userIds);
    }

    private void publishAssignees(long projectId, long articleId, Set<Long> before, Set<Long> after, long by) {
        Set<Long> all = new HashSet<>(before);
        all.addAll(after);
        Map<Long, UserSummary> users = accounts.findByIds(all);
        events.publishEvent(new ArticleAssigneesChanged(projectId, articleId, usernames(before, users),
                usernames(after, users), by));
    }

    private static List<String> usernames(Set<Long> ids, Map<Long, UserSummary> users) {
        return ids.stream().map(users::get).filter(java.util.Objects::nonNull).map(UserSummary::username).sorted().toList();
    }

    private long projectOf(long articleId) {
        long projectId = articles.projectIdOf(articleId).orElseThrow(() -> new NotFoundException("article", articleId));
        access.requireVisible(projectId, "article", articleId);
        return projectId;
    }
}
