package org.crosscheck.progress;

import org.crosscheck.account.UserSummary;
import org.crosscheck.article.ArticleStatus;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * Where a project's work stands: its articles per status, each reviewer's share, the annotations
 * made per kind over time, and what the checkers decided.
 */
public record Progress(long projectId, long articles, Map<ArticleStatus, Long> articlesByStatus,
                       List<Reviewer> reviewers, Timeline annotations, Checks checks) {

    public Progress {
        articlesByStatus = Map.copyOf(articlesByStatus);
        reviewers = List.copyOf(reviewers);
    }

    /** Nothing to show yet: no article and no annotation. */
    public boolean empty() {
        return articles == 0 && annotations.total() == 0;
    }

    /**
     * One member's share: the articles assigned to them per status, the annotations they made;
     * {@code assignable} when they may be assigned work now (the project page filters by them).
     */
    public record Reviewer(UserSummary user, Map<ArticleStatus, Long> assigned, long annotations, boolean assignable) {

        public long assignedTotal() {
            return assigned.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** How long one bar of the timeline is. */
    public enum Period {
        DAY, WEEK, MONTH;

        /** The first day of the period {@code day} is in (weeks start on Monday). */
        public LocalDate startOf(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> ProgressService.weekOf(day);
                case MONTH -> day.with(TemporalAdjusters.firstDayOfMonth());
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }

    /**
     * Annotations per kind over time: {@code starts} are the first days of the periods, and each
     * kind's {@code counts} go with them one for one.
     */
    public record Timeline(Period period, List<LocalDate> starts, List<KindSeries> kinds) {

        public long total() {
            return kinds.stream().mapToLong(KindSeries::total).sum();
        }

        /** The annotations of every kind made in the {@code index}th period. */
        public long inPeriod(int index) {
            return kinds.stream().mapToLong(k -> k.counts().get(index)).sum();
        }
    }

    /**
     * One kind's annotations per period; {@code colour} is a built-in kind's id (QUOTE, FIGURE, NOTE)
     * or a project kind's colour name (KindColour), for the chart to draw it in.
     */
    public record KindSeries(String kindId, String name, String colour, List<Long> counts) {

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * The checkers' decisions on annotations that still hold, and the annotations waiting for one
     * on articles ready for review.
     */
    public record Checks(long approved, long needsChange, long rejected, long toCheck) {

        public long total() {
            return approved + needsChange + rejected + toCheck;
        }
    }
}
