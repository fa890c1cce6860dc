package org.crosscheck.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @org.springframework.data.jpa.repository.Query("""
            select m.userId, count(m) from Membership m where m.userId in :ids group by m.userId""")
    List<Object[]> projectCounts(java.util.Collection<Long> ids);

    Optional<Membership> findByProjectIdAndUserId(long projectId, long userId);

    List<Membership> findByProjectId(long projectId);

    List<Membership> findByUserId(long userId);

    /**
     * The role of an active user, by username, in one query: the access check runs on every service
     * call. It joins the account feature's entity by name on purpose (project depends on account);
     * a disabled account has no role anywhere.
     */
    @Query("""
            select m.role from Membership m, org.crosscheck.account.AppUser u
            where m.userId = u.id and m.projectId = :projectId and u.username = :username and u.enabled = true""")
    Optional<ProjectRole> findRole(long projectId, String username);

    long countByProjectIdAndRole(long projectId, ProjectRole role);

    /** Of these users, those with an active account who are members of the project, with their role. */
    @Query("""
            select m.userId, m.role from Membership m, org.crosscheck.account.AppUser u
            where m.userId = u.id and m.projectId = :projectId and u.enabled = true and m.userId in :userIds""")
    List<Object[]> rolesOf(long projectId, java.util.Collection<Long> userIds);

    @Query("""
            select m.projectId from Membership m, org.crosscheck.account.AppUser u
            where m.userId = u.id and u.username = :username and u.enabled = true and m.role = :role""")
    List<Long> projectIdsWithRole(String username, ProjectRole role);
}
