package org.crosscheck.base;

/** Someone else saved the same thing first (optimistic locking); nothing was overwritten. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String userMessage) {
        super(userMessage);
    }
}
