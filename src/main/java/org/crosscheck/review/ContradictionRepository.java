package org.crosscheck.review;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ContradictionRepository extends JpaRepository<Contradiction, Long> {

    @Query("""
            select c from Contradiction c where c.projectId = :projectId
              and c.category in :categories and c.status in :statuses
              and (:articleId is null or c.id in (select s.contradictionId from ContradictionSpan s where s.articleId = :articleId))
              and (:text is null or lower(c.note) like :text escape '\\'
                   or c.id in (select s.contradictionId from ContradictionSpan s where lower(s.span.exact) like :text escape '\\'))
            order by c.updatedAt desc, c.id desc""")
    List<Contradiction> page(long projectId, Collection<ContradictionCategory> categories,
                             Collection<ContradictionStatus> statuses, Long articleId, String text, Pageable page);

    @Query("""
            select count(c) from Contradiction c where c.projectId = :projectId
              and c.category in :categories and c.status in :statuses
              and (:articleId is null or c.id in (select s.contradictionId from ContradictionSpan s where s.articleId = :articleId))
              and (:text is null or lower(c.note) like :text escape '\\'
                   or c.id in (select s.contradictionId from ContradictionSpan s where lower(s.span.exact) like :text escape '\\'))""")
    long count(long projectId, Collection<ContradictionCategory> categories, Collection<ContradictionStatus> statuses,
               Long articleId, String text);

    /** The project's contradictions with one of the statuses after {@code afterId}, by id: an export's pages. */
    @Query("""
            select c from Contradiction c where c.projectId = :projectId and c.status in :statuses and c.id > :afterId
            order by c.id""")
    List<Contradiction> after(long projectId, Collection<ContradictionStatus> statuses, long afterId, Pageable page);

    @Query("""
            select c from Contradiction c
            where c.id in (select s.contradictionId from ContradictionSpan s where s.articleId = :articleId)
            order by c.id""")
    List<Contradiction> touching(long articleId);
}
