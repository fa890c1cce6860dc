package org.crosscheck.exchange;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.review.ContradictionRecord;
import org.crosscheck.review.ContradictionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * What of a project an export holds: some articles (none named: all), annotations of some kinds,
 * contradictions with some statuses, and, for both, one author and a range of days they were made
 * (UTC, both ends included), and whether only approved work goes (approved by a checker and unchanged
 * since). A contradiction is exported when all its spans are in exported articles, so that no side
 * of it points outside the set.
 */
public record ExportFilter(Set<Long> articleIds, Set<AnnotationKind> kinds, Set<ContradictionStatus> statuses,
                           String author, LocalDate from, LocalDate to, boolean approvedOnly) {

    public ExportFilter(Set<Long> articleIds, Set<AnnotationKind> kinds, Set<ContradictionStatus> statuses,
                        String author, LocalDate from, LocalDate to) {
        this(articleIds, kinds, statuses, author, from, to, false);
    }

    public ExportFilter {
        articleIds = Set.copyOf(articleIds);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        author = author == null || author.isBlank() ? null : author.strip().toLowerCase();
    }

    public static ExportFilter everything() {
        return new ExportFilter(Set.of(), EnumSet.allOf(AnnotationKind.class), EnumSet.allOf(ContradictionStatus.class),
                null, null, null);
    }

    public boolean includesArticle(long articleId) {
        return articleIds.isEmpty() || articleIds.contains(articleId);
    }

    boolean includes(AnnotationRecord a) {
        return kinds.contains(a.kind()) && byAuthor(a.author()) && inRange(a.createdAt());
    }

    boolean includes(ContradictionRecord c) {
        return statuses.contains(c.status()) && byAuthor(c.author()) && inRange(c.createdAt())
                && c.spans().stream().allMatch(s -> includesArticle(s.articleId()));
    }

    private boolean byAuthor(String username) {
        return author == null || author.equalsIgnoreCase(username == null ? "" : username);
    }

    private boolean inRange(Instant created) {
        if (from != null && created.isBefore(from.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            return false;
        }
        return to == null || created.isBefore(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Whether everything is exported: a bundle made this way can be imported as the whole project. */
    public boolean isEverything() {
        return articleIds.isEmpty() && kinds.size() == AnnotationKind.values().length
                && statuses.size() == ContradictionStatus.values().length && author == null && from == null && to == null
                && !approvedOnly;
    }
}
