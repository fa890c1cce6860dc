package org.crosscheck.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    /** The token with its owner, in one query: every API request asks this. */
    @Query("select t, u from AccessToken t join AppUser u on u.id = t.userId where t.tokenHash = :tokenHash")
    List<Object[]> findWithOwner(String tokenHash);

    /**
     * Notes a use, to the minute, without the entity's version: a script's parallel requests with one
     * token each note it, and a versioned write would make all but one of them fail.
     */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int markUsed(long id, Instant now, Instant before);

    List<AccessToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

    long countByUserIdAndRevokedAtIsNull(long userId);
}
