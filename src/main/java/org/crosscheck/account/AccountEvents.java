package org.crosscheck.account;

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
}
