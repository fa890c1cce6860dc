package org.crosscheck.security;

/** The details of an API request's authentication: which personal access token it came with. */
public record ViaToken(long tokenId) {
}
