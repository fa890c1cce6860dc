package org.crosscheck.account;

/** A token just made: the only time the token itself is known, to be shown to its owner once. */
public record NewAccessToken(AccessTokenSummary summary, String token) {
}
