package org.crosscheck.account;

import java.time.Instant;

import org.crosscheck.base.DomainEvent;

/** What the account feature tells listeners (audit) after each change. */
public final class AccountEvents {

    private AccountEvents() {
    }

    /** A new account; the first administrator is created "by" itself. Never carries the password. */
    public record UserCreated(long userId, String username, String displayName, GlobalRole role, long byUserId)
            implements DomainEvent {
        @Override
        public String subjectType() {
            return "user";
        }

        @Override
        public long subjectId() {
            return userId;
        }

        @Override
        public String action() {
            return "created";
        }
    }

    /** A personal access token was made (never carries the token). */
    public record TokenCreated(long tokenId, long userId, String name, TokenScope scope, Instant expiresAt,
                               long byUserId) implements DomainEvent {
        @Override
        public String subjectType() {
            return "token";
        }

        @Override
        public long subjectId() {
            return tokenId;
        }

        @Override
        public String action() {
            return "created";
        }
    }

    /** A token was revoked: requests with it are refused from now on. */
    public record TokenRevoked(long tokenId, long userId, String name, long byUserId) implements DomainEvent {
        @Override
        public String subjectType() {
            return "token";
        }

        @Override
        public long subjectId() {
            return tokenId;
        }

        @Override
        public String action() {
            return "revoked";
        }
    }
}
