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
 * read and thrown away, up to a bound (a client still sending its body would otherwise see the
 * connection reset, not the answer; beyond the bound the connection is closed). Runs after the
 * security chain (which holds the JSON body limit): only a signed-in caller with the right scope
 * reaches it. Multipart uploads arrive here already parsed into temporary files
 * (OversizedMultipartFilter runs first); bundle and W3C bodies are still on the socket.
 */
@Component
@Order(0)
class HeavyRequestFilter extends OncePerRequestFilter {

    private static final Pattern ARTICLES = Pattern.compile("/api/v1/projects/[^/]+/articles/?");
    private static final Pattern IMPORT = Pattern.compile("/api/v1/projects(/[^/]+)?/import/?");
    private static final Pattern EXPORT = Pattern.compile("/api/v1/projects/[^/]+/(export|claims)/?");
    /** What an export holds at most besides what it streams: a page of rows, a report's tables. */
    static final long EXPORT_ESTIMATE = 64L * 1024 * 1024;
    /** The most of a refused body read to let the client see the answer: a bundle at the default limit. */
    static final long DISCARDED_AT_MOST = 256L * 1024 * 1024;

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
            if (!discardBody(request)) {
                response.setHeader(HttpHeaders.CONNECTION, "close");
            }
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
        // Sent in chunks, without a length: counted as the largest (capped at the whole budget).
        long length = request.getContentLengthLong() < 0 ? Long.MAX_VALUE / 8 : request.getContentLengthLong();
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        if ("POST".equals(method) && ARTICLES.matcher(path).matches()) {
            // Files: the bytes, their text as decoded and as normalised, the stored copy. JSON: the same
            // plus the parsed body (a chunked body without a length counts as the largest allowed).
            return multipart ? length * 5 : (request.getContentLengthLong() >= 0 ? length : JsonBodyLimitFilter.MAX_BYTES) * 6L;
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

    /** Reads and drops the body, at most {@link #DISCARDED_AT_MOST}; returns whether it all went. */
    private static boolean discardBody(HttpServletRequest request) {
        byte[] sink = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(sink)) != -1) {
                read += n;
                if (read > DISCARDED_AT_MOST) {
                    return false;
                }
            }
        } catch (IOException | IllegalStateException gone) {
            // a multipart body was already read by the container, or the client went away
        }
        return true;
    }
}
