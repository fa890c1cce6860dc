package org.crosscheck.approval;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/** Counts of a project's decisions that still hold, grouped in the database. */
interface ApprovalStatisticsRepository extends Repository<Decision, Long> {

    /** [outcome, decisions] of the decisions on things of this type that still hold. */
    @Query("select d.outcome, count(d) from Decision d where d.projectId = :projectId and d.subjectType = :type"
            + " and d.current = true group by d.outcome")
    List<Object[]> countCurrentByOutcome(@Param("projectId") long projectId, @Param("type") CheckSubject type);

    @Query("select count(d) from Decision d where d.projectId = :projectId and d.subjectType = :type"
            + " and d.current = true and d.articleId in :articleIds")
    long countCurrentOnArticles(@Param("projectId") long projectId, @Param("type") CheckSubject type,
                                @Param("articleIds") Collection<Long> articleIds);
}
