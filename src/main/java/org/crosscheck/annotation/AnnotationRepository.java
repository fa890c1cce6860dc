package org.crosscheck.annotation;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import java.util.Collection;
import java.util.List;

interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    @Query("select a.articleId, count(a) from Annotation a where a.articleId in :articleIds group by a.articleId")
    List<Object[]> countsOn(Collection<Long> articleIds);

    @Query("select a.id from Annotation a where a.articleId = :articleId order by a.id")
    List<Long> idsOn(long articleId);

    List<Annotation> findByArticleIdOrderBySpanStartAscIdAsc(long articleId);

    List<Annotation> findByProjectIdAndKindOrderByArticleIdAscSpanStartAsc(long projectId, AnnotationKind kind,
                                                                            Pageable page);

    /** One article's annotations as rows, in text order, for an export (which goes article by article). */
    @QueryHints({@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"),
            @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
    @Query("""
            select new org.crosscheck.annotation.AnnotationArchive$Row(a.id, a.articleId, a.kind, a.span.start, a.span.end,
                   a.span.exact, a.span.prefix, a.span.suffix, a.speaker, a.figureValue, a.figureQualifier, a.figureCounts,
                   a.figureUnit, a.note, a.kindId, a.fieldValues, a.authorId, a.originalAuthor, a.createdAt, a.updatedAt)
            from Annotation a where a.projectId = :projectId and a.articleId = :articleId
            order by a.span.start, a.id""")
    List<AnnotationArchive.Row> exportRowsOf(long projectId, long articleId);

    @Query("select distinct a.authorId from Annotation a where a.projectId = :projectId")
    List<Long> authorIdsOfProject(long projectId);

    /** Built-in kinds in {@code kinds} (CUSTOM there matches nothing); project kinds: all, or those ids. */
    @Query("""
            select a from Annotation a where a.articleId = :articleId
              and ((a.kind <> org.crosscheck.annotation.AnnotationKind.CUSTOM and a.kind in :kinds)
                   or (a.kind = org.crosscheck.annotation.AnnotationKind.CUSTOM and (:allProjectKinds = true or a.kindId in :kindIds)))
              and (:authorId is null or a.authorId = :authorId)
            order by a.span.start, a.id""")
    List<Annotation> page(long articleId, Collection<AnnotationKind> kinds, boolean allProjectKinds,
                          Collection<Long> kindIds, Long authorId, Pageable page);

    @Query("""
            select count(a) from Annotation a where a.articleId = :articleId
              and ((a.kind <> org.crosscheck.annotation.AnnotationKind.CUSTOM and a.kind in :kinds)
                   or (a.kind = org.crosscheck.annotation.AnnotationKind.CUSTOM and (:allProjectKinds = true or a.kindId in :kindIds)))
              and (:authorId is null or a.authorId = :authorId)""")
    long count(long articleId, Collection<AnnotationKind> kinds, boolean allProjectKinds, Collection<Long> kindIds,
               Long authorId);

    @Query("select distinct a.authorId from Annotation a where a.articleId = :articleId")
    List<Long> authorIds(long articleId);

    /** Annotations of the project whose selected text or fields hold the pattern (lower-cased, see SearchQuery). */
    @Query("""
            select a from Annotation a where a.projectId = :projectId
              and (lower(a.span.exact) like :pattern escape '\\' or lower(a.speaker) like :pattern escape '\\'
                   or lower(a.figureCounts) like :pattern escape '\\' or lower(a.figureUnit) like :pattern escape '\\'
                   or lower(a.note) like :pattern escape '\\' or lower(a.fieldValues) like :pattern escape '\\')
            order by a.articleId, a.span.start, a.id""")
    List<Annotation> search(long projectId, String pattern, Pageable page);
}
