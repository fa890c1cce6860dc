package org.crosscheck.annotation;

/** One annotation to create: a kind, a selection {@code [start, end)} of the article's text, the kind's fields. */
public record NewAnnotation(AnnotationKind kind, int start, int end, AnnotationFields fields) {
}
