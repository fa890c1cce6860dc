package org.crosscheck.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per token (or, for the token endpoint, per client address), as a token bucket: a burst
 * is allowed, the sustained rate is capped. Kept in this node's memory: with several nodes behind a
 * load balancer each node allows the rate, which is what protects each node.
 */
@Component
class ApiRateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final double perSecond;
    private final double burst;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimiter(@Value("${crosscheck.api.rate-limit.per-second:50}") double perSecond,
                   @Value("${crosscheck.api.rate-limit.burst:200}") double burst, Clock clock) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    /** Empty when the request may go ahead; otherwise the seconds to wait before the next one. */
    OptionalLong acquire(String key) {
        return acquire(key, perSecond, burst);
    }

    /** As {@link #acquire(String)}, at another rate (password checks are dearer than token checks). */
    OptionalLong acquire(String key, double perSecond, double burst) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear(); // only a flood of distinct keys gets here; forgetting them is harmless
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, clock.millis()));
        synchronized (bucket) {
            long now = clock.millis();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) * perSecond / 1000.0);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond)));
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
