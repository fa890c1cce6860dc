package org.crosscheck.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crosscheck.base.ServerBusyException;
import org.crosscheck.base.WorkBudget;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reserves the server's work budget ({@link WorkBudget}) for an API request that imports or exports,
 * before its body is turned into objects: what it may hold is estimated from its declared length.
 * When the budget is taken the request is answered 503 with Retry-After, after its body has been
 * read and thrown away (a client still sending its body would otherwise see the connection reset,
 * not the answer). Runs after the security chain: only a signed-in caller with the right scope
 * reaches it. Uploads arrive here already spooled to disk by the container.
 */
@Component
@Order(0)
class HeavyRequestFilter extends OncePerRequestFilter {

    private static final Pattern ARTICLES = Pattern.compile("/api/v1/projects/[^/]+/articles/?");
    private static final Pattern IMPORT = Pattern.compile("/api/v1/projects(/[^/]+)?/import/?");
    private static final Pattern EXPORT = Pattern.compile("/api/v1/projects/[^/]+/(export|claims)/?");
    /** What an export holds at most besides what it streams: a page of rows, a report's tables. */
    static final long EXPORT_ESTIMATE = 64L * 1024 * 1024;

    private final WorkBudget budget;

    HeavyRequestFilter(WorkBudget budget) {
        this.budget = budget;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return estimate(request) < 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WorkBudget.Reservation reservation;
        try {
            reservation = budget.reserve(request.getMethod() + " " + request.getRequestURI(), estimate(request));
        } catch (ServerBusyException busy) {
            discardBody(request);
            Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "busy", busy.getMessage(),
                    Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(busy.retryAfter().toSeconds())));
            return;
        }
        try (reservation) {
            chain.doFilter(request, response);
        }
    }

    /** Bytes the request may hold while it runs, or -1 for a request that is not heavy work. */
    private static long estimate(HttpServletRequest request) {
        String path = request.getRequestURI();
        String method = request.getMethod();
        long length = Math.max(0, request.getContentLengthLong());
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        if ("POST".equals(method) && ARTICLES.matcher(path).matches()) {
            // Files: the bytes, their text as decoded and as normalised, the stored copy. JSON: the same
            // plus the parsed body (a chunked body without a length counts as the largest allowed).
            return multipart ? length * 5 : (length > 0 ? length : JsonBodyLimitFilter.MAX_BYTES) * 6L;
        }
        if ("POST".equals(method) && IMPORT.matcher(path).matches()) {
            // As ImportService estimates it once the file is on disk (W3C annotations are told to live
            // readers after the commit, so their fields stay until then).
            return Math.max(16L * 1024 * 1024, length * 3);
        }
        if (("GET".equals(method) || "HEAD".equals(method)) && EXPORT.matcher(path).matches()) {
            return EXPORT_ESTIMATE;
        }
        return -1;
    }

    private static void discardBody(HttpServletRequest request) {
        byte[] sink = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            while (in.read(sink) != -1) {
                // the body is not wanted, but the client must get to read the answer
            }
        } catch (IOException | IllegalStateException gone) {
            // a multipart body was already read by the container, or the client went away
        }
    }
}
