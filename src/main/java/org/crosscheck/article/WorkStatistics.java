package org.crosscheck.article;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the work on a project's articles is, counted in the database: articles per status, and
 * per assignee. For the progress dashboard; nothing here loads an article.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WorkStatistics {

    private final WorkStatisticsRepository counts;

    WorkStatistics(WorkStatisticsRepository counts) {
        this.counts = counts;
    }

    /** The project's articles per status, every status present (an article without work is to do). */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<ArticleStatus, Long> articlesByStatus(long projectId) {
        Map<ArticleStatus, Long> out = zeros();
        long moved = 0;
        for (Object[] row : counts.countByStatus(projectId)) {
            ArticleStatus status = (ArticleStatus) row[0];
            long n = ((Number) row[1]).longValue();
            if (status != ArticleStatus.TODO) {
                out.put(status, n);
                moved += n;
            }
        }
        out.put(ArticleStatus.TODO, counts.countArticles(projectId) - moved);
        return out;
    }

    /** Per assignee's user id, the articles assigned to them per status (every status present). */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public Map<Long, Map<ArticleStatus, Long>> assignedByStatus(long projectId) {
        Map<Long, Map<ArticleStatus, Long>> out = new HashMap<>();
        for (Object[] row : counts.countAssignedByUserAndStatus(projectId)) {
            ArticleStatus status = row[1] == null ? ArticleStatus.TODO : (ArticleStatus) row[1];
            out.computeIfAbsent(((Number) row[0]).longValue(), k -> zeros())
                    .merge(status, ((Number) row[2]).longValue(), Long::sum);
        }
        return out;
    }

    /** The ids of the project's articles with this status (not to do, which has no row of its own). */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<Long> articlesWithStatus(long projectId, ArticleStatus status) {
        if (status == ArticleStatus.TODO) {
            throw new IllegalArgumentException("articles to do are those without work; count them instead");
        }
        return counts.idsWithStatus(projectId, status);
    }

    private static Map<ArticleStatus, Long> zeros() {
        Map<ArticleStatus, Long> out = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus s : ArticleStatus.values()) {
            out.put(s, 0L);
        }
        return out;
    }
}
