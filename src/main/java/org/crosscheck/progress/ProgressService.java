package org.crosscheck.progress;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationStatistics;
import org.crosscheck.annotation.AnnotationStatistics.KindDay;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindService;
import org.crosscheck.approval.ApprovalStatistics;
import org.crosscheck.approval.CheckSubject;
import org.crosscheck.approval.Outcome;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.article.WorkStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a project's work stands, for its dashboard: every number is counted by the feature that
 * keeps the things counted, with a grouped query, so a project of 100,000 annotations costs a
 * handful of small result sets. One read-only transaction, so the sections agree with each other.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProgressService {

    /** The name a series keeps when its kind was deleted (the dashboard says it in the reader's language). */
    public static final String DELETED_KIND = "Deleted kind";

    /** Up to this many days the timeline counts per day; up to {@link #WEEKS_UP_TO} per week; beyond, per month. */
    static final int DAYS_UP_TO = 62;
    static final int WEEKS_UP_TO = 2 * 366;

    private final WorkStatistics work;
    private final ArticleWorkflow workflow;
    private final AnnotationStatistics annotations;
    private final KindService kinds;
    private final ApprovalStatistics approvals;
    private final AccountService accounts;
    private final Clock clock;

    ProgressService(WorkStatistics work, ArticleWorkflow workflow, AnnotationStatistics annotations, KindService kinds,
                    ApprovalStatistics approvals, AccountService accounts, Clock clock) {
        this.work = work;
        this.workflow = workflow;
        this.annotations = annotations;
        this.kinds = kinds;
        this.approvals = approvals;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The project's progress; a project the caller may not read is refused. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Progress of(long projectId) {
        Map<ArticleStatus, Long> byStatus = work.articlesByStatus(projectId);
        long articles = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Progress(projectId, articles, byStatus, reviewers(projectId), timeline(projectId), checks(projectId));
    }

    /**
     * Everyone who may be assigned work, has some, or made annotations (a former member keeps their
     * annotations), by name.
     */
    private List<Progress.Reviewer> reviewers(long projectId) {
        List<UserSummary> assignable = workflow.assignable(projectId);
        Map<Long, Map<ArticleStatus, Long>> assigned = work.assignedByStatus(projectId);
        Map<Long, Long> made = annotations.byAuthor(projectId);
        Map<Long, UserSummary> users = new HashMap<>();
        assignable.forEach(u -> users.put(u.id(), u));
        Set<Long> others = new LinkedHashSet<>(assigned.keySet());
        others.addAll(made.keySet());
        others.removeAll(users.keySet());
        users.putAll(accounts.findByIds(others));
        Set<Long> mayBeAssigned = new java.util.HashSet<>(assignable.stream().map(UserSummary::id).toList());
        Map<ArticleStatus, Long> none = new java.util.EnumMap<>(ArticleStatus.class);
        for (ArticleStatus s : ArticleStatus.values()) {
            none.put(s, 0L);
        }
        return users.values().stream()
                .map(u -> new Progress.Reviewer(u, Map.copyOf(assigned.getOrDefault(u.id(), none)),
                        made.getOrDefault(u.id(), 0L), mayBeAssigned.contains(u.id())))
                .sorted(Comparator.comparing((Progress.Reviewer r) -> r.user().displayName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(r -> r.user().username()))
                .toList();
    }

    /**
     * Annotations per kind over the project's life, from the first day one was made to today: per
     * day, or per week (from Monday) or month when that would be too many bars to read.
     */
    private Progress.Timeline timeline(long projectId) {
        List<KindDay> days = annotations.byKindAndDay(projectId);
        if (days.isEmpty()) {
            return new Progress.Timeline(Progress.Period.DAY, List.of(), List.of());
        }
        LocalDate first = days.stream().map(KindDay::day).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = days.stream().map(KindDay::day).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        if (today.isAfter(last)) {
            last = today;
        }
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        Progress.Period period = span <= DAYS_UP_TO ? Progress.Period.DAY
                : span <= WEEKS_UP_TO ? Progress.Period.WEEK : Progress.Period.MONTH;
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = period.startOf(first); !d.isAfter(last); d = period.next(d)) {
            starts.add(d);
        }
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            index.put(starts.get(i), i);
        }
        // The project's kinds in their usual order (built-in first); a kind deleted since still counts.
        Map<String, KindDescription> described = new LinkedHashMap<>();
        kinds.kindsOf(projectId).forEach(k -> described.put(k.id(), k));
        Map<String, long[]> counts = new LinkedHashMap<>();
        described.keySet().forEach(id -> counts.put(id, null));
        for (KindDay d : days) {
            long[] row = counts.get(d.kindId());
            if (row == null) {
                row = new long[starts.size()];
                counts.put(d.kindId(), row);
            }
            row[index.get(period.startOf(d.day()))] += d.annotations();
        }
        List<Progress.KindSeries> series = new ArrayList<>();
        counts.forEach((id, row) -> {
            if (row != null) {
                KindDescription kind = described.get(id);
                series.add(new Progress.KindSeries(id, kind == null ? DELETED_KIND : kind.name(),
                        kind == null || kind.colour() == null ? id : kind.colour().name(),
                        java.util.Arrays.stream(row).boxed().toList()));
            }
        });
        return new Progress.Timeline(period, List.copyOf(starts), List.copyOf(series));
    }

    /**
     * The checkers' decisions on annotations that still hold, and the annotations still to check:
     * those of articles ready for review without such a decision.
     */
    private Progress.Checks checks(long projectId) {
        Map<Outcome, Long> outcomes = approvals.currentOutcomes(projectId, CheckSubject.ANNOTATION);
        List<Long> ready = work.articlesWithStatus(projectId, ArticleStatus.READY_FOR_REVIEW);
        long toCheck = ready.isEmpty() ? 0
                : annotations.onArticles(projectId, ready) - approvals.decidedAnnotationsOn(projectId, ready);
        return new Progress.Checks(outcomes.get(Outcome.APPROVED), outcomes.get(Outcome.NEEDS_CHANGE),
                outcomes.get(Outcome.REJECTED), Math.max(0, toCheck));
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
