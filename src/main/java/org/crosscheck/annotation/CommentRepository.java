package org.crosscheck.annotation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByAnnotationIdOrderByCreatedAtAscIdAsc(long annotationId);
}
