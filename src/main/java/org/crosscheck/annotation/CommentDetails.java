package org.crosscheck.annotation;

import org.crosscheck.account.UserSummary;

import java.time.Instant;
import java.util.List;

/** An annotation's comment thread as views show it. */
public record CommentDetails(long id, long annotationId, UserSummary author, String body, Instant createdAt,
                          Instant updatedAt, long version) {

    public boolean edited() {
        return updatedAt.isAfter(createdAt);
    }

    /** The thread: its comments in order and whether it is resolved. */
    public record Thread(long annotationId, List<CommentDetails> comments, boolean resolved) {
    }
}
