package org.crosscheck.base;

/**
 * Someone else saved the same thing first (optimistic locking); nothing was overwritten. Carries
 * the version now stored, so a caller who has seen the other version can knowingly save over it.
 */
public class ConcurrentEditException extends DomainException {

    private final long currentVersion;

    public ConcurrentEditException(String userMessage, long currentVersion) {
        super(userMessage);
        this.currentVersion = currentVersion;
    }

    /** Refused for the reason the message {@code key} gives, in the reader's language. */
    public ConcurrentEditException(long currentVersion, String key, Object... args) {
        super(null, key, args);
        this.currentVersion = currentVersion;
    }

    /** The version to send with a save that replaces the other one. */
    public long currentVersion() {
        return currentVersion;
    }
}
