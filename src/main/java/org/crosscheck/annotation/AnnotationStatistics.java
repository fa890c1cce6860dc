package org.crosscheck.annotation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many annotations a project has, by kind and day, by author, on some articles: counted in the
 * database, for the progress dashboard. Nothing here loads an annotation.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AnnotationStatistics {

    /** Ids per query: well under every database's limit of bound parameters. */
    private static final int CHUNK = 1000;

    private final AnnotationStatisticsRepository counts;

    AnnotationStatistics(AnnotationStatisticsRepository counts) {
        this.counts = counts;
    }

    /** The annotations of one kind (its {@link KindDescription#id()}: "QUOTE", "kind-12") made on one day. */
    public record KindDay(String kindId, LocalDate day, long annotations) {
    }

    /** Per kind and day the annotations were made on (in the database's time zone), only days with some. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<KindDay> byKindAndDay(long projectId) {
        return counts.countByKindAndDay(projectId).stream().map(row -> new KindDay(
                row[1] == null ? ((AnnotationKind) row[0]).name() : KindDescription.PROJECT_KIND_PREFIX + row[1],
                (LocalDate) row[2], ((Number) row[3]).longValue())).toList();
    }

    /** Per author's user id, the annotations they made in the project. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<Long, Long> byAuthor(long projectId) {
        Map<Long, Long> out = new HashMap<>();
        counts.countByAuthor(projectId).forEach(row -> out.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return out;
    }

    /** How many annotations these articles of the project hold. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public long onArticles(long projectId, Collection<Long> articleIds) {
        List<Long> ids = List.copyOf(articleIds);
        long total = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            total += counts.countOnArticles(projectId, ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return total;
    }
}
