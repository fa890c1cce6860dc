package org.crosscheck.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByGlobalRole(GlobalRole role);

    Optional<AppUser> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    List<AppUser> findByIdIn(Collection<Long> ids);

    List<AppUser> findTop10ByEnabledTrueAndUsernameStartingWithOrderByUsername(String prefix);

    long countByGlobalRoleAndEnabledTrue(GlobalRole role);

    /** A page of accounts whose username, name or e-mail holds the pattern (lower-cased, LIKE-escaped; "%" for all). */
    @org.springframework.data.jpa.repository.Query("""
            select u from AppUser u where lower(u.username) like :pattern escape '\\'
              or lower(u.displayName) like :pattern escape '\\' or lower(u.email) like :pattern escape '\\'
            order by u.username""")
    List<AppUser> search(String pattern, org.springframework.data.domain.Pageable page);

    @org.springframework.data.jpa.repository.Query("""
            select count(u) from AppUser u where lower(u.username) like :pattern escape '\\'
              or lower(u.displayName) like :pattern escape '\\' or lower(u.email) like :pattern escape '\\'""")
    long countSearch(String pattern);

    /** The active administrators, locked until the transaction ends: two admins demoting each other cannot both succeed. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select u from AppUser u where u.globalRole = :role and u.enabled = true order by u.id")
    List<AppUser> lockActive(GlobalRole role);

}
