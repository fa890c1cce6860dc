package org.crosscheck.annotation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import java.util.List;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("""
            select c.id from Comment c where c.annotationId in (select n.id from Annotation n where n.articleId = :articleId)
            order by c.id""")
    List<Long> idsOnArticle(long articleId);

    List<Comment> findByAnnotationIdOrderByCreatedAtAscIdAsc(long annotationId);

    /** The articles of the project with a comment on one of their annotations. */
    @Query("""
            select distinct a.articleId from Comment c join Annotation a on a.id = c.annotationId
            where c.projectId = :projectId""")
    List<Long> articlesWithCommentsOf(long projectId);

    /** The comments on an article's annotations, each thread oldest first. */
    @QueryHints({@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"),
            @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
    @Query("""
            select new org.crosscheck.annotation.AnnotationArchive$CommentRow(c.id, c.annotationId, c.authorId,
                   c.originalAuthor, c.body, c.createdAt, c.updatedAt)
            from Comment c join Annotation a on a.id = c.annotationId
            where c.projectId = :projectId and a.articleId = :articleId
            order by c.createdAt, c.id""")
    List<AnnotationArchive.CommentRow> exportRowsOf(long projectId, long articleId);

    @Query("select distinct c.authorId from Comment c where c.projectId = :projectId")
    List<Long> authorIdsOfProject(long projectId);
}
