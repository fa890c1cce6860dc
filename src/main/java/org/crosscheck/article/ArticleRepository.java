package org.crosscheck.article;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query("""
            select new org.crosscheck.article.ArticleSummary(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, a.textLength, a.textFrozen, a.importedAt, a.version, a.byline, a.publishedAt)
            from Article a where a.projectId = :projectId order by a.publishedOn nulls last, a.publishedAt nulls last, a.title, a.id""")
    List<ArticleSummary> summaries(long projectId);

    @Query("""
            select new org.crosscheck.article.ArticleSummary(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, a.textLength, a.textFrozen, a.importedAt, a.version, a.byline, a.publishedAt)
            from Article a where a.id in :ids""")
    List<ArticleSummary> summariesOf(Collection<Long> ids);

    /** One page of the project's article list, the counts of what is marked on each left at 0 (see {@link ArticleMarks}). */
    @Query("""
            select new org.crosscheck.article.ArticleListEntry(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, a.textLength, a.textFrozen, a.importedAt, a.version, 0L, 0L, a.byline, a.publishedAt)
            from Article a where a.projectId = :projectId""")
    List<ArticleListEntry> entries(long projectId, Pageable page);

    /** {@link #entries} of one status (none: any) and one assignee (none: anyone's). */
    @Query("""
            select new org.crosscheck.article.ArticleListEntry(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, a.textLength, a.textFrozen, a.importedAt, a.version, 0L, 0L, a.byline, a.publishedAt)
            from Article a left join ArticleWork w on w.articleId = a.id
            where a.projectId = :projectId
              and (:status is null or coalesce(w.status, org.crosscheck.article.ArticleStatus.TODO) = :status)
              and (:assigneeId is null
                   or exists (select 1 from ArticleAssignee x where x.articleId = a.id and x.userId = :assigneeId))""")
    List<ArticleListEntry> entries(long projectId, ArticleStatus status, Long assigneeId, Pageable page);

    @Query("""
            select count(a) from Article a left join ArticleWork w on w.articleId = a.id
            where a.projectId = :projectId
              and (:status is null or coalesce(w.status, org.crosscheck.article.ArticleStatus.TODO) = :status)
              and (:assigneeId is null
                   or exists (select 1 from ArticleAssignee x where x.articleId = a.id and x.userId = :assigneeId))""")
    long count(long projectId, ArticleStatus status, Long assigneeId);

    @Query("select a.id from Article a where a.projectId = :projectId order by a.id")
    List<Long> idsOfProject(long projectId);

    Optional<Article> findFirstByProjectIdAndContentHash(long projectId, String contentHash);

    /** The details without any text: whether the article exists, where, and whether its text is frozen. */
    @Query("""
            select new org.crosscheck.article.ArticleHead(a.id, a.projectId, a.title, a.outlet, a.url, a.publishedOn,
                   a.textFrozen, a.version, a.contentHash, a.byline, a.publishedAt, a.language)
            from Article a where a.id = :articleId""")
    Optional<ArticleHead> head(long articleId);

    @Query("select a.text from Article a where a.id = :articleId")
    Optional<String> textOf(long articleId);

    /**
     * Freezes the text if it is still the one with this hash and not frozen yet: 1 when this call
     * froze it. The version moves on, so that a trim that read the article before fails.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Article a set a.textFrozen = true, a.version = a.version + 1
            where a.id = :articleId and a.textFrozen = false and a.contentHash = :contentHash""")
    int freeze(long articleId, String contentHash);

    @Query("select a.id, a.contentHash from Article a where a.projectId = :projectId")
    List<Object[]> contentHashes(long projectId);

    /*
     * The project's articles in the order of its list (date, title, id), streamed for an export: a
     * few rows fetched at a time, since a text can be megabytes. The originals come as a second
     * stream in the same order, and only for a bundle.
     */
    @QueryHints({@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "8"),
            @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
    @Query("""
            select new org.crosscheck.article.ArticleService$ArticleRow(a.id, a.title, a.outlet, a.url, a.publishedOn,
                   a.sourceName, a.originalFormat, a.importedAt, a.importedBy, a.contentHash, a.text, a.byline, a.publishedAt)
            from Article a where a.projectId = :projectId order by a.publishedOn nulls last, a.publishedAt nulls last, a.title, a.id""")
    Stream<ArticleService.ArticleRow> streamInListOrder(long projectId);

    @QueryHints({@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "8"),
            @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
    @Query("""
            select a.originalText from Article a where a.projectId = :projectId
            order by a.publishedOn nulls last, a.publishedAt nulls last, a.title, a.id""")
    Stream<String> streamOriginalsInListOrder(long projectId);

    @Query("select distinct a.importedBy from Article a where a.projectId = :projectId")
    List<Long> importerIds(long projectId);

    @Query("select a.projectId from Article a where a.id = :articleId")
    Optional<Long> projectIdOf(long articleId);

    long countByProjectId(long projectId);

    /** Articles of the project whose text or title holds the pattern (lower-cased, see SearchQuery). */
    @Query("""
            select a from Article a where a.projectId = :projectId
              and (lower(a.text) like :pattern escape '\\' or lower(a.title) like :pattern escape '\\')
            order by a.publishedOn nulls last, a.publishedAt nulls last, a.title, a.id""")
    List<Article> search(long projectId, String pattern, Pageable page);
}
