package org.crosscheck.suggest;

/** Where a suggestion stands: waiting for a reviewer, or accepted or rejected by one. */
public enum SuggestionStatus {
    PENDING, ACCEPTED, REJECTED
}
