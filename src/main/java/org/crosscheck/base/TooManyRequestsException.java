package org.crosscheck.base;

/**
 * Refused because the caller asked too often: the message says for how long; the API answers 429
 * with {@code Retry-After}.
 */
public class TooManyRequestsException extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String userMessage, long retryAfterSeconds) {
        super(userMessage);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
