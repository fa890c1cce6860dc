package org.crosscheck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Security headers on every response, set before anything else runs: Vaadin serves its pages
 * outside Spring Security's header writers, so they are set here once for all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * The strictest policy Vaadin Flow 25.2 runs under: no remote origins at all. Flow's bootstrap
     * page starts its engine with inline scripts and the engine builds functions from the
     * expressions the server sends ('unsafe-inline', 'unsafe-eval'); Lumo sets inline styles.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'self'",
            "base-uri 'self'",
            "form-action 'self'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isStaticResource(request)) {
            // Pages and Vaadin's requests carry project data: never kept in a browser or proxy cache.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's bundle, push endpoint and the stylesheet: versioned or data-free, so they may be cached. */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.equals("/styles.css") || path.startsWith("/icons/")
                || path.equals("/favicon.ico");
    }
}
