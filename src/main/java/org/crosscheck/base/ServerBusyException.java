package org.crosscheck.base;

import java.time.Duration;

/**
 * Refused for now, not for good: the server's budget for heavy work (imports, exports, suggestion
 * runs) is taken by others. The API answers 503 with {@code Retry-After}; a screen says to try again.
 */
public class ServerBusyException extends DomainException {

    private final Duration retryAfter;

    public ServerBusyException(String userMessage, Duration retryAfter) {
        super(userMessage);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
