package org.crosscheck.annotation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import java.util.List;
import java.util.stream.Stream;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByAnnotationIdOrderByCreatedAtAscIdAsc(long annotationId);

    /** The project's comments in the order of {@link AnnotationRepository#streamInExportOrder}, each thread oldest first. */
    @QueryHints({@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"),
            @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
    @Query("""
            select new org.crosscheck.annotation.AnnotationArchive$CommentRow(c.id, c.annotationId, c.authorId,
                   c.originalAuthor, c.body, c.createdAt, c.updatedAt)
            from Comment c join Annotation a on a.id = c.annotationId join Article r on r.id = a.articleId
            where c.projectId = :projectId
            order by r.publishedOn nulls last, r.publishedAt nulls last, r.title, r.id, a.span.start, a.id, c.createdAt, c.id""")
    Stream<AnnotationArchive.CommentRow> streamInExportOrder(long projectId);

    @Query("select distinct c.authorId from Comment c where c.projectId = :projectId")
    List<Long> authorIdsOfProject(long projectId);
}
