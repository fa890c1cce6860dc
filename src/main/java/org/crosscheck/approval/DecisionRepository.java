package org.crosscheck.approval;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    Optional<Decision> findBySubjectTypeAndSubjectId(CheckSubject subjectType, long subjectId);

    List<Decision> findBySubjectTypeAndSubjectIdIn(CheckSubject subjectType, Collection<Long> subjectIds);

    List<Decision> findByProjectId(long projectId);

    @Query("select d.subjectId from Decision d where d.projectId = :projectId and d.subjectType = :type"
            + " and d.outcome = org.crosscheck.approval.Outcome.APPROVED and d.current = true")
    List<Long> approvedIds(@Param("projectId") long projectId, @Param("type") CheckSubject type);

    /** The thing changed: its decision no longer holds (it is checked again). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update Decision d set d.current = false where d.subjectType = :type and d.subjectId = :id and d.current = true")
    int markChanged(@Param("type") CheckSubject type, @Param("id") long id);

    @Modifying(flushAutomatically = true)
    @Query("delete from Decision d where d.subjectType = :type and d.subjectId = :id")
    int deleteBySubject(@Param("type") CheckSubject type, @Param("id") long id);
}
