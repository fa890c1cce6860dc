package org.crosscheck.article;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query("""
            select new org.crosscheck.article.ArticleSummary(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, length(a.text), a.textFrozen, a.importedAt, a.version)
            from Article a where a.projectId = :projectId order by a.publishedOn nulls last, a.title""")
    List<ArticleSummary> summaries(long projectId);

    @Query("""
            select new org.crosscheck.article.ArticleSummary(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, length(a.text), a.textFrozen, a.importedAt, a.version)
            from Article a where a.id in :ids""")
    List<ArticleSummary> summariesOf(Collection<Long> ids);

    /**
     * One page of the project's article list with the number of annotations and of contradictions on
     * each (counted by the database; the entities are named, not imported, so this feature does not
     * depend on the features that mark articles).
     */
    @Query("""
            select new org.crosscheck.article.ArticleListEntry(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, length(a.text), a.textFrozen, a.importedAt, a.version,
                   (select count(n) from Annotation n where n.articleId = a.id),
                   (select count(distinct s.contradictionId) from ContradictionSpan s where s.articleId = a.id))
            from Article a where a.projectId = :projectId""")
    List<ArticleListEntry> entries(long projectId, Pageable page);

    Optional<Article> findFirstByProjectIdAndContentHash(long projectId, String contentHash);

    // What goes with an article when it is deleted (by the database's cascade), for the event that says so.
    @Query("select n.id from Annotation n where n.articleId = :articleId order by n.id")
    List<Long> annotationIdsOf(long articleId);

    @Query("""
            select c.id from Comment c where c.annotationId in (select n.id from Annotation n where n.articleId = :articleId)
            order by c.id""")
    List<Long> commentIdsOf(long articleId);

    @Query("select s.id from ContradictionSpan s where s.articleId = :articleId order by s.id")
    List<Long> contradictionSpanIdsOf(long articleId);

    /** The details without any text: whether the article exists, where, and whether its text is frozen. */
    @Query("""
            select new org.crosscheck.article.ArticleHead(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.textFrozen, a.version, a.contentHash)
            from Article a where a.id = :articleId""")
    Optional<ArticleHead> head(long articleId);

    @Query("select a.text from Article a where a.id = :articleId")
    Optional<String> textOf(long articleId);

    /** What an export says about articles besides their texts: no text read. */
    @Query("""
            select new org.crosscheck.article.ArticleService$ArticleMeta(a.id, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, a.originalFormat, a.importedAt, a.importedBy, a.contentHash)
            from Article a where a.projectId = :projectId and a.id in :ids""")
    List<ArticleService.ArticleMeta> metas(long projectId, Collection<Long> ids);

    @Query("select a.id, a.text from Article a where a.projectId = :projectId and a.id in :ids")
    List<Object[]> texts(long projectId, Collection<Long> ids);

    @Query("select a.id, a.originalText from Article a where a.projectId = :projectId and a.id in :ids")
    List<Object[]> originals(long projectId, Collection<Long> ids);

    @Query("select a.projectId from Article a where a.id = :articleId")
    Optional<Long> projectIdOf(long articleId);

    long countByProjectId(long projectId);

    /** Articles of the project whose text or title holds the pattern (lower-cased, see SearchQuery). */
    @Query("""
            select a from Article a where a.projectId = :projectId
              and (lower(a.text) like :pattern escape '\\' or lower(a.title) like :pattern escape '\\')
            order by a.publishedOn nulls last, a.title, a.id""")
    List<Article> search(long projectId, String pattern, Pageable page);
}
