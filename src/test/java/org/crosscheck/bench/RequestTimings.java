package org.crosscheck.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times every request the server answers, from before the security filters to the last byte
 * written, except static files and the push connection (which stays open): what "server-side"
 * means in the benchmarks. Registered first in the chain by the benchmark's configuration.
 */
final class RequestTimings extends OncePerRequestFilter {

    /** The filter, first in the chain: {@code @Import(RequestTimings.First.class)} on a benchmark. */
    @TestConfiguration
    static class First {
        @Bean
        RequestTimings requestTimings() {
            return new RequestTimings();
        }

        @Bean
        FilterRegistrationBean<RequestTimings> requestTimingsFirst(RequestTimings timings) {
            FilterRegistrationBean<RequestTimings> registration = new FilterRegistrationBean<>(timings);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    record Timed(String request, double millis) {
    }

    private final List<Timed> timed = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong lastEnded = new AtomicLong(System.nanoTime());

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/VAADIN/") || path.startsWith("/icons/") || path.endsWith(".js") || path.endsWith(".css")
                || path.endsWith(".png") || path.endsWith(".ico") || path.endsWith(".webmanifest");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        inFlight.incrementAndGet();
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long ended = System.nanoTime();
            String name = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            synchronized (timed) {
                timed.add(new Timed(name, (ended - started) / 1e6));
            }
            lastEnded.set(ended);
            inFlight.decrementAndGet();
        }
    }

    /** What was answered since the last call, and forgets it. */
    List<Timed> drain() {
        synchronized (timed) {
            List<Timed> copy = List.copyOf(timed);
            timed.clear();
            return copy;
        }
    }

    /** No request is being answered and none has ended for {@code quietMillis}. */
    boolean quiet(long quietMillis) {
        return inFlight.get() == 0 && System.nanoTime() - lastEnded.get() > quietMillis * 1_000_000;
    }
}
