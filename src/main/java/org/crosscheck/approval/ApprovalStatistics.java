package org.crosscheck.approval;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the checkers decided in a project, counted in the database: only decisions that still hold
 * (one on a thing changed since waits to be checked again). For the progress dashboard.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ApprovalStatistics {

    private static final int CHUNK = 1000;

    private final ApprovalStatisticsRepository counts;

    ApprovalStatistics(ApprovalStatisticsRepository counts) {
        this.counts = counts;
    }

    /** The decisions that hold on the project's things of this kind, per outcome (every outcome present). */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<Outcome, Long> currentOutcomes(long projectId, CheckSubject subject) {
        Map<Outcome, Long> out = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            out.put(o, 0L);
        }
        counts.countCurrentByOutcome(projectId, subject)
                .forEach(row -> out.put((Outcome) row[0], ((Number) row[1]).longValue()));
        return out;
    }

    /** How many annotations of these articles have a decision that holds. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public long decidedAnnotationsOn(long projectId, Collection<Long> articleIds) {
        List<Long> ids = List.copyOf(articleIds);
        long total = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            total += counts.countCurrentOnArticles(projectId, CheckSubject.ANNOTATION,
                    ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return total;
    }
}
