package org.crosscheck.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ContradictionSpanRepository extends JpaRepository<ContradictionSpan, Long> {

    @org.springframework.data.jpa.repository.Query("""
            select s.articleId, count(distinct s.contradictionId) from ContradictionSpan s
            where s.articleId in :articleIds group by s.articleId""")
    List<Object[]> contradictionCountsOn(java.util.Collection<Long> articleIds);

    @org.springframework.data.jpa.repository.Query("select s.id from ContradictionSpan s where s.articleId = :articleId order by s.id")
    List<Long> idsOn(long articleId);

    List<ContradictionSpan> findByContradictionIdInOrderByIdAsc(Collection<Long> contradictionIds);

    List<ContradictionSpan> findByContradictionIdOrderByIdAsc(long contradictionId);

    /** Spans made from the annotation, or lying (partly) on the same words of its article. */
    @Query("""
            select s from ContradictionSpan s
            where s.annotationId = :annotationId
               or (s.articleId = :articleId and s.span.start < :end and s.span.end > :start)
            order by s.id""")
    List<ContradictionSpan> overlapping(long annotationId, long articleId, int start, int end);

    @Query("""
            select s from ContradictionSpan s
            where s.contradictionId in (select c.id from Contradiction c where c.projectId = :projectId)
            order by s.contradictionId, s.id""")
    List<ContradictionSpan> inProject(long projectId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ContradictionSpan s where s.articleId = :articleId")
    int deleteByArticle(long articleId);
}
