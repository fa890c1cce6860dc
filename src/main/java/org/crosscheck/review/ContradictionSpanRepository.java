package org.crosscheck.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ContradictionSpanRepository extends JpaRepository<ContradictionSpan, Long> {

    List<ContradictionSpan> findByContradictionIdInOrderByIdAsc(Collection<Long> contradictionIds);

    List<ContradictionSpan> findByContradictionIdOrderByIdAsc(long contradictionId);

    List<ContradictionSpan> findByAnnotationId(long annotationId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ContradictionSpan s where s.articleId = :articleId")
    int deleteByArticle(long articleId);
}
