package org.crosscheck.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.crosscheck.security.RequestUser;
import org.crosscheck.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends a browser session whose account was disabled, at its first request after that (on any
 * node: the answer comes from the database, looked up at most every two seconds per account). The
 * request goes on signed out, so the page goes to the login. API requests need no such check:
 * their token is checked, with the account, at every request.
 */
@Component
@Order(0) // after Spring Security's filters, which have put the session's user in place
class DisabledAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DisabledAccountFilter.class);
    private static final long CACHE_NANOS = 2_000_000_000L;

    private record Checked(boolean enabled, long at) {
    }

    private final EnabledAccounts accounts;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    DisabledAccountFilter(EnabledAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && !(user instanceof RequestUser)
                && !enabled(user.getUsername())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                log.info("Session of disabled account '{}' ended", user.getUsername());
                session.setAttribute(org.crosscheck.security.SessionEnd.REASON,
                        org.crosscheck.security.SessionEnd.ACCOUNT_DISABLED);
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean enabled(String username) {
        long now = System.nanoTime();
        Checked c = checked.get(username);
        if (c == null || now - c.at() > CACHE_NANOS) {
            c = new Checked(accounts.isEnabled(username), now);
            checked.put(username, c);
        }
        return c.enabled();
    }
}
