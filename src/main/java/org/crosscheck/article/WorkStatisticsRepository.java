package org.crosscheck.article;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** Counts of the work on a project's articles, grouped in the database (a project may hold thousands). */
interface WorkStatisticsRepository extends Repository<ArticleWork, Long> {

    @Query("select count(a) from Article a where a.projectId = :projectId")
    long countArticles(@Param("projectId") long projectId);

    /** [status, articles] of the articles with a work row (one without is to do). */
    @Query("select w.status, count(w) from ArticleWork w where w.projectId = :projectId group by w.status")
    List<Object[]> countByStatus(@Param("projectId") long projectId);

    /** [user id, status (null: no work row, so to do), articles] of every assignment in the project. */
    @Query("select a.userId, w.status, count(a) from ArticleAssignee a left join ArticleWork w on w.articleId = a.articleId"
            + " where a.projectId = :projectId group by a.userId, w.status")
    List<Object[]> countAssignedByUserAndStatus(@Param("projectId") long projectId);

    @Query("select w.articleId from ArticleWork w where w.projectId = :projectId and w.status = :status")
    List<Long> idsWithStatus(@Param("projectId") long projectId, @Param("status") ArticleStatus status);
}
