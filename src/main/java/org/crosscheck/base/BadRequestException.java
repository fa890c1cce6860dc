package org.crosscheck.base;

/**
 * A request that no honest client sends: a malformed id, an unknown kind, a forged event. It is
 * answered like a missing thing and logged in one line, never as an error of the application.
 */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String what) {
        super(what);
    }
}
