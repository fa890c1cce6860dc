package org.crosscheck.annotation;

import org.crosscheck.base.LiveChange;

/**
 * What the annotation feature tells listeners after each change: ids and the values before and
 * after, never entities, so audit, live updates and suggestions can act on them after the
 * transaction.
 */
public final class AnnotationEvents {

    /** Every annotation event concerns the article it is on. */
    public sealed interface AnnotationChange extends LiveChange.InArticle
            permits AnnotationCreated, AnnotationUpdated, AnnotationDeleted {
        long annotationId();

        @Override
        default String subjectType() {
            return "annotation";
        }

        @Override
        default long subjectId() {
            return annotationId();
        }
    }

    private AnnotationEvents() {
    }

    /** "a quote", "a figure", "a note". */
    static String a(AnnotationKind kind) {
        return "a " + kind.label().toLowerCase(java.util.Locale.ROOT);
    }

    public record AnnotationCreated(long projectId, long articleId, long annotationId, AnnotationKind kind,
                                    TextSpan span, AnnotationFields fields, long byUserId) implements AnnotationChange {
        @Override
        public String action() {
            return "created";
        }

        @Override
        public String done() {
            return "added " + a(kind);
        }
    }

    public record AnnotationUpdated(long projectId, long articleId, long annotationId, AnnotationFields before,
                                    AnnotationFields after, long version, long byUserId) implements AnnotationChange {
        @Override
        public String action() {
            return "updated";
        }

        @Override
        public String done() {
            // The event carries the fields, not the kind: a quote has a speaker, a figure a value.
            AnnotationKind kind = after.speaker() != null ? AnnotationKind.QUOTE
                    : after.figureValue() != null ? AnnotationKind.FIGURE : AnnotationKind.NOTE;
            return "edited " + a(kind);
        }
    }

    /** With everything it held, and (by the database's cascade) its comment thread. */
    public record AnnotationDeleted(long projectId, long articleId, long annotationId, AnnotationKind kind,
                                    TextSpan span, AnnotationFields fields, long authorId, long byUserId)
            implements AnnotationChange {
        @Override
        public String action() {
            return "deleted";
        }

        @Override
        public String done() {
            return "deleted " + a(kind);
        }
    }
}
