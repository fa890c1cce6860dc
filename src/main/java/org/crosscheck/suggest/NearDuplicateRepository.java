package org.crosscheck.suggest;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface NearDuplicateRepository extends JpaRepository<NearDuplicateRow, Long> {

    List<NearDuplicateRow> findByProjectIdOrderByArticleId(long projectId);

    @Query("select d from NearDuplicateRow d where d.articleId = :articleId or d.ofArticleId = :articleId")
    List<NearDuplicateRow> involving(@Param("articleId") long articleId);

    @Modifying(flushAutomatically = true)
    @Query("delete from NearDuplicateRow d where d.projectId = :projectId")
    int deleteByProject(@Param("projectId") long projectId);
}
