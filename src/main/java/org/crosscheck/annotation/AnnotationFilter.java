package org.crosscheck.annotation;

import java.util.EnumSet;
import java.util.Set;

/** Which annotations of an article a list shows: some kinds, optionally one author. */
public record AnnotationFilter(Set<AnnotationKind> kinds, Long authorId) {

    public static AnnotationFilter all() {
        return new AnnotationFilter(EnumSet.allOf(AnnotationKind.class), null);
    }
}
