package org.crosscheck.account;

import java.util.Set;

/**
 * Someone signed in through an identity provider, in these groups: the project feature brings the
 * memberships given by groups up to date, in the sign-in's transaction. Not audited itself; the
 * changes it causes are.
 */
public record GroupsAtSignIn(long userId, String username, Set<String> groups) {
}
