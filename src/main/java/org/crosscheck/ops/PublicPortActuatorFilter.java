package org.crosscheck.ops;

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
 * The public port answers 404 for {@code /actuator} and everything under it, before sign-in is
 * asked for: health and metrics are served on the management port only (a filter bean of this
 * context is not one of the management server's, which is a context of its own), and the public
 * port should not even send a visitor to the sign-in page for them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PublicPortActuatorFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            // The status alone: an error dispatch would pass the sign-in rules, which send visitors to /login.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
