package org.crosscheck.review;

import org.crosscheck.annotation.TextSpan;

import java.time.Instant;
import java.util.List;

/** A contradiction with everything an export carries and an import restores; people are usernames. */
public record ContradictionRecord(long id, ContradictionCategory category, ContradictionStatus status, String note,
                                  String statusReason, String author, Instant createdAt, Instant updatedAt,
                                  List<SpanRecord> spans) {

    /** One side: the article, the annotation it was taken from (if any), its anchor, who added it and when. */
    public record SpanRecord(long id, long articleId, Long annotationId, TextSpan span, String addedBy, Instant addedAt) {
    }
}
