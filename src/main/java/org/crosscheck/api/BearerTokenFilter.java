package org.crosscheck.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.AccessTokenService.TokenOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.crosscheck.security.ViaToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Authenticates an API request by its personal access token, from the Authorization header only
 * (a token in a URL ends up in logs and browser history, so it is refused), and holds each token to
 * its request rate. A request without a token goes on unauthenticated and is refused later.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /**
     * This application context's strategy, as Spring Security's own filters hold it: the static
     * holder's could be another context's (two nodes in one test JVM).
     */
    private SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /** The application context's own strategy, where it has one. */
    BearerTokenFilter withContexts(SecurityContextHolderStrategy strategy) {
        this.contexts = strategy;
        return this;
    }

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final Set<String> TOKEN_PARAMETERS = Set.of("access_token", "token", "api_key", "bearer");

    private final AccessTokenService tokens;
    private final ApiRateLimiter rateLimiter;

    BearerTokenFilter(AccessTokenService tokens, ApiRateLimiter rateLimiter) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasTokenInQuery(request.getQueryString())) {
            log.warn("API request with a token in the query string refused: {} {}", request.getMethod(), request.getRequestURI());
            Problems.write(response, HttpStatus.BAD_REQUEST, "token-in-url",
                    "Tokens travel only in the Authorization header (Authorization: Bearer <token>), never in the address.",
                    Map.of());
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response); // no token: anonymous, refused by the authorization rules
            return;
        }
        AccessTokenService.TokenCheck check = tokens.check(header.substring(7).strip());
        TokenOwner owner = check.owner();
        if (check.refusal() == AccessTokenService.TokenRefusal.PASSWORD_CHANGE_REQUIRED) {
            log.info("API request with a token of an account that must choose a new password refused: {} {}",
                    request.getMethod(), request.getRequestURI());
            Problems.write(response, HttpStatus.UNAUTHORIZED, "password-change-required",
                    "An administrator has set a new password for this account, which revoked its tokens: sign in to "
                            + "Crosscheck in the browser, choose your own password, then make a new token.",
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
            return;
        }
        if (owner == null) {
            log.info("API request with an unknown, revoked or expired token refused: {} {}", request.getMethod(),
                    request.getRequestURI());
            Problems.write(response, HttpStatus.UNAUTHORIZED, "invalid-token",
                    "The token is not valid: it is unknown, revoked or expired, or its account is disabled.",
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
            return;
        }
        OptionalLong wait = rateLimiter.acquire("token:" + owner.tokenId());
        if (wait.isPresent()) {
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many requests with this token: wait " + wait.getAsLong() + " s and slow down.",
                    Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong())));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                owner.user(), null, owner.user().getAuthorities());
        authentication.setDetails(new ViaToken(owner.tokenId())); // the audit trail says which token
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private static boolean hasTokenInQuery(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                if (TOKEN_PARAMETERS.contains(URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase())) {
                    return true;
                }
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        return false;
    }
}
