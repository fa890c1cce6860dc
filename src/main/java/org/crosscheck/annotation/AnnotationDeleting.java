package org.crosscheck.annotation;

/**
 * Told synchronously, in the transaction of the deletion and just before the annotation and (by
 * the database's cascade) its comments go: a feature above that keeps what is deleted (the trash)
 * reads it now, while it is still there. Not a domain event: the change is announced once, by
 * {@link AnnotationEvents.AnnotationDeleted}.
 */
public record AnnotationDeleting(long projectId, long articleId, long annotationId, long byUserId) {
}
