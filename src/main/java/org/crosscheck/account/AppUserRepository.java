package org.crosscheck.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByGlobalRole(GlobalRole role);

    List<AppUser> findByIdIn(Collection<Long> ids);

    List<AppUser> findTop10ByEnabledTrueAndUsernameStartingWithOrderByUsername(String prefix);
}
