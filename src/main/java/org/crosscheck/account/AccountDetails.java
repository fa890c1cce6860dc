package org.crosscheck.account;

/** What an administrator edits of an account, as its change event tells it. */
public record AccountDetails(String displayName, String email) {
}
