package org.crosscheck.security;

/** Names of the global roles as Spring Security sees them. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ADMIN_AUTHORITY = "ROLE_" + ADMIN;

    private Roles() {
    }
}
