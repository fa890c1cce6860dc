package org.crosscheck.article;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Parses a multipart request (an upload) before anything else reads its parameters, so that one
 * over the limits (too large, too many files) is answered 413 in one log line. Otherwise the first
 * reader of a parameter (the security filters) would meet the container's refusal as an error and
 * log it twice with a stack trace. The limits are those {@link MultipartLimits} gives the servlet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OversizedMultipartFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizedMultipartFilter.class);

    private final ImportLimits limits;

    OversizedMultipartFilter(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException overLimits) {
            log.warn("Refused an upload from {} over the limits: {}", request.getRemoteAddr(),
                    overLimits.getCause() == null ? overLimits.getMessage() : overLimits.getCause().toString());
            // Written here, not through the container's error page, which would read the parameters again.
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The upload is over the limits: at most " + limits.maxFiles() + " files of "
                    + limits.maxFileSizeLabel() + " each, " + limits.maxImportSizeLabel() + " in all.");
            return;
        }
        chain.doFilter(request, response);
    }
}
