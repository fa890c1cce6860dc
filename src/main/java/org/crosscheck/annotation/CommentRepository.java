package org.crosscheck.annotation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByAnnotationIdOrderByCreatedAtAscIdAsc(long annotationId);

    @Query("""
            select c from Comment c where c.projectId = :projectId
              and c.annotationId in (select a.id from Annotation a where a.articleId in :articleIds)
            order by c.annotationId, c.createdAt, c.id""")
    List<Comment> ofArticles(long projectId, java.util.Collection<Long> articleIds);
}
