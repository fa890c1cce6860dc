package org.crosscheck.annotation;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/** Counts of a project's annotations, grouped in the database (a project may hold 100,000). */
interface AnnotationStatisticsRepository extends Repository<Annotation, Long> {

    /** [kind, project kind id or null, day created, annotations]. */
    @Query("select a.kind, a.kindId, cast(a.createdAt as LocalDate), count(a) from Annotation a"
            + " where a.projectId = :projectId group by a.kind, a.kindId, cast(a.createdAt as LocalDate)")
    List<Object[]> countByKindAndDay(@Param("projectId") long projectId);

    /** [author id, annotations]. */
    @Query("select a.authorId, count(a) from Annotation a where a.projectId = :projectId group by a.authorId")
    List<Object[]> countByAuthor(@Param("projectId") long projectId);

    @Query("select count(a) from Annotation a where a.projectId = :projectId and a.articleId in :articleIds")
    long countOnArticles(@Param("projectId") long projectId, @Param("articleIds") Collection<Long> articleIds);
}
