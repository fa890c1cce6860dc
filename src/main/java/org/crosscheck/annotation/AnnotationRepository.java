package org.crosscheck.annotation;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    List<Annotation> findByArticleIdOrderBySpanStartAscIdAsc(long articleId);

    List<Annotation> findByProjectIdAndKindOrderByArticleIdAscSpanStartAsc(long projectId, AnnotationKind kind,
                                                                            Pageable page);

    /**
     * The project's annotations as rows, article by article in the order of the project's list
     * (the article entity is named, not imported), each article's in text order: streamed for an
     * export, a few hundred rows fetched at a time.
     */
    @QueryHints({@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"),
            @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
    @Query("""
            select new org.crosscheck.annotation.AnnotationArchive$Row(a.id, a.articleId, a.kind, a.span.start, a.span.end,
                   a.span.exact, a.span.prefix, a.span.suffix, a.speaker, a.figureValue, a.figureQualifier, a.figureCounts,
                   a.figureUnit, a.note, a.authorId, a.originalAuthor, a.createdAt, a.updatedAt)
            from Annotation a join Article r on r.id = a.articleId where a.projectId = :projectId
            order by r.publishedOn nulls last, r.publishedAt nulls last, r.title, r.id, a.span.start, a.id""")
    Stream<AnnotationArchive.Row> streamInExportOrder(long projectId);

    @Query("select distinct a.authorId from Annotation a where a.projectId = :projectId")
    List<Long> authorIdsOfProject(long projectId);

    @Query("""
            select a from Annotation a where a.articleId = :articleId and a.kind in :kinds
              and (:authorId is null or a.authorId = :authorId)
            order by a.span.start, a.id""")
    List<Annotation> page(long articleId, Collection<AnnotationKind> kinds, Long authorId, Pageable page);

    @Query("""
            select count(a) from Annotation a where a.articleId = :articleId and a.kind in :kinds
              and (:authorId is null or a.authorId = :authorId)""")
    long count(long articleId, Collection<AnnotationKind> kinds, Long authorId);

    @Query("select distinct a.authorId from Annotation a where a.articleId = :articleId")
    List<Long> authorIds(long articleId);

    /** Annotations of the project whose selected text or fields hold the pattern (lower-cased, see SearchQuery). */
    @Query("""
            select a from Annotation a where a.projectId = :projectId
              and (lower(a.span.exact) like :pattern escape '\\' or lower(a.speaker) like :pattern escape '\\'
                   or lower(a.figureCounts) like :pattern escape '\\' or lower(a.figureUnit) like :pattern escape '\\'
                   or lower(a.note) like :pattern escape '\\')
            order by a.articleId, a.span.start, a.id""")
    List<Annotation> search(long projectId, String pattern, Pageable page);
}
