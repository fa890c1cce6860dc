package org.crosscheck.account;

import java.time.Instant;

/** A token as its owner sees it in the list: never the token itself. */
public record AccessTokenSummary(long id, String name, TokenScope scope, Instant createdAt, Instant expiresAt,
                                 Instant lastUsedAt, Instant revokedAt) {

    public boolean isActiveAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
