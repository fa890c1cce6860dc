package org.crosscheck.annotation;

import java.time.Instant;
import java.util.List;

/**
 * An annotation with everything an export carries and an import restores: its anchor, fields,
 * author (a username, as text, so it means the same on another instance), times and comment thread.
 */
public record AnnotationRecord(long id, long articleId, AnnotationKind kind, TextSpan span, AnnotationFields fields,
                               String author, Instant createdAt, Instant updatedAt, List<CommentRecord> comments,
                               boolean threadResolved, KindDescription description) {

    /** One comment of the thread, its author a username. */
    public record CommentRecord(long id, String author, String body, Instant createdAt, Instant updatedAt) {
    }
}
