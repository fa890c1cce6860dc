package org.crosscheck.annotation;

/**
 * One annotation to create: a kind (an id from {@link KindDescription}: "QUOTE", "kind-12"), a
 * selection {@code [start, end)} of the article's text, the kind's fields.
 */
public record NewAnnotation(String kindId, int start, int end, AnnotationFields fields) {

    public NewAnnotation(AnnotationKind kind, int start, int end, AnnotationFields fields) {
        this(kind.name(), start, end, fields);
    }
}
