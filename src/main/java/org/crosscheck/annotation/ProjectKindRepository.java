package org.crosscheck.annotation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ProjectKindRepository extends JpaRepository<ProjectKind, Long> {

    List<ProjectKind> findByProjectIdOrderByNameAscIdAsc(long projectId);

    @Query("select count(a) from Annotation a where a.kindId = :kindId")
    long countAnnotations(long kindId);
}
