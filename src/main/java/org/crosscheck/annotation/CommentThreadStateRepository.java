package org.crosscheck.annotation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CommentThreadStateRepository extends JpaRepository<CommentThreadState, Long> {

    @Query("""
            select t.annotationId from CommentThreadState t where t.resolved = true
              and t.annotationId in (select a.id from Annotation a where a.projectId = :projectId)""")
    List<Long> resolvedOfProject(long projectId);
}
