package org.crosscheck.review;

import org.crosscheck.account.AccountService.ImportedAuthor;

import java.time.Instant;
import java.util.List;

/** A contradiction to restore from a bundle, its spans already pointing at this instance's articles and annotations. */
public record RestoredContradiction(ContradictionCategory category, ContradictionStatus status, String note,
                                    String statusReason, ImportedAuthor author, Instant createdAt, Instant updatedAt,
                                    List<Span> spans) {

    public record Span(long articleId, Long annotationId, int start, int end, String exact, ImportedAuthor addedBy,
                       Instant addedAt) {
    }
}
