package org.crosscheck.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    /** The token with its owner, in one query: every API request asks this. */
    @Query("select t, u from AccessToken t join AppUser u on u.id = t.userId where t.tokenHash = :tokenHash")
    List<Object[]> findWithOwner(String tokenHash);

    List<AccessToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

    long countByUserIdAndRevokedAtIsNull(long userId);
}
