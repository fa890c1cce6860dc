package org.crosscheck.annotation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which annotations of an article a list shows: some built-in kinds, the project's own kinds (all of
 * them when {@code projectKindIds} is null, else those stored ids), optionally one author.
 */
public record AnnotationFilter(Set<AnnotationKind> kinds, Set<Long> projectKindIds, Long authorId) {

    public AnnotationFilter {
        EnumSet<AnnotationKind> builtIn = EnumSet.noneOf(AnnotationKind.class);
        builtIn.addAll(kinds);
        builtIn.remove(AnnotationKind.CUSTOM);
        kinds = Set.copyOf(builtIn);
        projectKindIds = projectKindIds == null ? null : Set.copyOf(projectKindIds);
    }

    /** Built-in kinds, and every project kind when {@code kinds} holds CUSTOM. */
    public AnnotationFilter(Set<AnnotationKind> kinds, Long authorId) {
        this(kinds, kinds.contains(AnnotationKind.CUSTOM) ? null : Set.of(), authorId);
    }

    /** Every annotation, whatever its kind or author. */
    public static AnnotationFilter all() {
        return new AnnotationFilter(EnumSet.allOf(AnnotationKind.class), null, null);
    }

    /** Whether no annotation can pass. */
    boolean none() {
        return kinds.isEmpty() && projectKindIds != null && projectKindIds.isEmpty();
    }

    /** The built-in kinds for a query: never empty (CUSTOM stands in for none, and the query leaves it out). */
    Set<AnnotationKind> queryKinds() {
        return kinds.isEmpty() ? Set.of(AnnotationKind.CUSTOM) : kinds;
    }

    boolean allProjectKinds() {
        return projectKindIds == null;
    }

    Set<Long> queryProjectKindIds() {
        return projectKindIds == null || projectKindIds.isEmpty() ? Set.of(-1L) : projectKindIds;
    }
}
