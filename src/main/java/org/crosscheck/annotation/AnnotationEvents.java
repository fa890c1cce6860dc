package org.crosscheck.annotation;

/**
 * What the annotation feature tells listeners after each change: ids and the changed values, never
 * entities, so audit, live updates and suggestions can act on them after the transaction.
 */
public final class AnnotationEvents {

    private AnnotationEvents() {
    }

    public record AnnotationCreated(long projectId, long articleId, long annotationId, AnnotationKind kind,
                                    TextSpan span, AnnotationFields fields, long byUserId) {
    }

    public record AnnotationUpdated(long projectId, long articleId, long annotationId, AnnotationFields before,
                                    AnnotationFields after, long version, long byUserId) {
    }

    public record AnnotationDeleted(long projectId, long articleId, long annotationId, AnnotationKind kind,
                                    TextSpan span, long byUserId) {
    }
}
