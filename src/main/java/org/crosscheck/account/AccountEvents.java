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

    /** A change to a user account: its subject is the user. */
    public sealed interface UserChange extends DomainEvent
            permits UserDetailsChanged, UserEnabledChanged, UserRoleChanged, PasswordSet, ProjectCreatorChanged,
            AccountLocked, AccountUnlocked {
        long userId();

        @Override
        default String subjectType() {
            return "user";
        }

        @Override
        default long subjectId() {
            return userId();
        }
    }

    public record UserDetailsChanged(long userId, String username, AccountDetails before, AccountDetails after, long byUserId)
            implements UserChange {
        @Override
        public String action() {
            return "details-changed";
        }
    }

    /** Disabled (its sessions end, its tokens stop) or enabled again. */
    public record UserEnabledChanged(long userId, String username, boolean enabledBefore, boolean enabledAfter,
                                     long byUserId) implements UserChange {
        @Override
        public String action() {
            return enabledAfter ? "enabled" : "disabled";
        }
    }

    public record UserRoleChanged(long userId, String username, GlobalRole from, GlobalRole to, long byUserId)
            implements UserChange {
        @Override
        public String action() {
            return "role-changed";
        }
    }

    /**
     * A password was set: by the user (changed) or by an administrator (reset, to be changed at the
     * next sign-in). Never carries the password.
     */
    public record PasswordSet(long userId, String username, boolean byAdministrator, long byUserId) implements UserChange {
        @Override
        public String action() {
            return byAdministrator ? "password-reset" : "password-changed";
        }
    }

    public record ProjectCreatorChanged(long userId, String username, boolean projectCreatorBefore,
                                        boolean projectCreatorAfter, long byUserId) implements UserChange {
        @Override
        public String action() {
            return "project-creator-changed";
        }
    }

    /**
     * Too many failed sign-ins from one client address (the audit entry records which): the account
     * refuses sign-ins from there until {@code until}. "By" the account itself.
     */
    public record AccountLocked(long userId, String username, Instant until, int failures, long byUserId)
            implements UserChange {
        @Override
        public String action() {
            return "locked";
        }
    }

    public record AccountUnlocked(long userId, String username, long byUserId) implements UserChange {
        @Override
        public String action() {
            return "unlocked";
        }
    }

    /** Who may create projects: everyone, or administrators and the users given the right. */
    public record ProjectCreationChanged(ProjectCreation before, ProjectCreation after, long byUserId)
            implements DomainEvent {
        @Override
        public String subjectType() {
            return "setting";
        }

        @Override
        public long subjectId() {
            return 0;
        }

        @Override
        public String action() {
            return "project-creation-changed";
        }
    }
}
