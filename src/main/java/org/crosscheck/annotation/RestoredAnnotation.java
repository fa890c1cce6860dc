package org.crosscheck.annotation;

import org.crosscheck.account.AccountService.ImportedAuthor;

import java.time.Instant;
import java.util.List;

/** An annotation to restore from a bundle: exact offsets and text, its fields, author and times, its thread. */
public record RestoredAnnotation(KindDescription kind, int start, int end, String exact, AnnotationFields fields,
                                 ImportedAuthor author, Instant createdAt, Instant updatedAt,
                                 List<RestoredComment> comments, boolean threadResolved) {

    public record RestoredComment(ImportedAuthor author, String body, Instant createdAt, Instant updatedAt) {
    }
}
