package org.crosscheck.security;

import org.springframework.security.core.GrantedAuthority;

import java.util.Collection;

/**
 * The principal of one API request: read from the database with the request's token a moment ago,
 * so it carries the account's id and the request need not look the account up again.
 */
public class RequestUser extends SignedInUser {

    private final long userId;

    public RequestUser(long userId, String username, String displayName, Collection<? extends GrantedAuthority> authorities) {
        super(username, "", true, displayName, authorities);
        this.userId = userId;
    }

    public long getUserId() {
        return userId;
    }
}
