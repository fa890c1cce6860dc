package org.crosscheck.article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query("""
            select new org.crosscheck.article.ArticleSummary(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, length(a.text), a.textFrozen, a.importedAt, a.version)
            from Article a where a.projectId = :projectId order by a.publishedOn nulls last, a.title""")
    List<ArticleSummary> summaries(long projectId);

    Optional<Article> findFirstByProjectIdAndContentHash(long projectId, String contentHash);

    @Query("select a.projectId from Article a where a.id = :articleId")
    Optional<Long> projectIdOf(long articleId);

    long countByProjectId(long projectId);
}
