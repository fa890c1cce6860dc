package org.crosscheck.account;

import org.crosscheck.base.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many usernames that match no account a caller (not an administrator) may try when adding
 * members: a bucket of {@code burst} tries per caller that refills at {@code per-hour}. Adding a
 * member must say whether the name was added, so each try tells whether an account exists; the
 * budget keeps that from becoming a list of every username. A name that finds an account costs
 * nothing (that is the normal use); once the bucket is empty, every name is refused, found or not,
 * so a spent budget reveals nothing. Kept in this node's memory, like the API's rate limits.
 */
@Component
class UsernameLookups {

    private static final int MAX_CALLERS = 100_000;

    private final double burst;
    private final double perMilli;
    private final Clock clock;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    UsernameLookups(@Value("${crosscheck.members.unknown-name-burst:30}") double burst,
                    @Value("${crosscheck.members.unknown-names-per-hour:60}") double perHour, Clock clock) {
        this.burst = burst;
        this.perMilli = perHour / 3_600_000.0;
        this.clock = clock;
    }

    /** Refuses the caller's lookup while their budget is spent. */
    void requireBudget(long callerId) {
        Bucket bucket = bucket(callerId);
        synchronized (bucket) {
            refill(bucket);
            if (bucket.tries < 1) {
                long seconds = (long) Math.ceil((1 - bucket.tries) / perMilli / 1000.0);
                throw new TooManyRequestsException("Too many names that match no account: try again in "
                        + (seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes")
                        + ". Ask the person for the username they sign in with.", seconds);
            }
        }
    }

    /** A lookup of the caller's matched no account. */
    void missed(long callerId) {
        Bucket bucket = bucket(callerId);
        synchronized (bucket) {
            refill(bucket);
            bucket.tries = Math.max(0, bucket.tries - 1);
        }
    }

    private Bucket bucket(long callerId) {
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear(); // only a flood of distinct callers gets here
        }
        return buckets.computeIfAbsent(callerId, k -> new Bucket(burst, clock.millis()));
    }

    private void refill(Bucket bucket) {
        long now = clock.millis();
        bucket.tries = Math.min(burst, bucket.tries + (now - bucket.updated) * perMilli);
        bucket.updated = now;
    }

    private static final class Bucket {
        double tries;
        long updated;

        Bucket(double tries, long updated) {
            this.tries = tries;
            this.updated = updated;
        }
    }
}
