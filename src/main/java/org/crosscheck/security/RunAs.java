package org.crosscheck.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs work on behalf of a user outside a request (demo data at start-up, test fixtures), so it
 * passes through exactly the permission checks the user's own request would.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T user(String username, Supplier<T> work) {
        return run(username, "ROLE_USER", work);
    }

    public static <T> T admin(String username, Supplier<T> work) {
        return run(username, Roles.ADMIN_AUTHORITY, work);
    }

    private static <T> T run(String username, String authority, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(authority))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
