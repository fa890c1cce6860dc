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

    /** "a quote", "a figure", "a note", "a claim". */
    static String a(String kindName) {
        String name = kindName.toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(name.isEmpty() ? 'x' : name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** The labels of the kind's fields by key, which the audit shows instead of the keys its values are stored under. */
    static java.util.Map<String, String> labels(KindDescription kind) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        kind.addedFields().forEach(f -> out.put(f.key(), f.label()));
        return out;
    }

    /** {@code kindName} names the kind as its project calls it; {@code fieldLabels} the labels of the values' keys. */
    public record AnnotationCreated(long projectId, long articleId, long annotationId, AnnotationKind kind,
                                    TextSpan span, AnnotationFields fields, long byUserId, String kindName,
                                    java.util.Map<String, String> fieldLabels) implements AnnotationChange {

        public AnnotationCreated(long projectId, long articleId, long annotationId, AnnotationKind kind, TextSpan span,
                                 AnnotationFields fields, long byUserId) {
            this(projectId, articleId, annotationId, kind, span, fields, byUserId, kind.label(), java.util.Map.of());
        }

        @Override
        public String action() {
            return "created";
        }

        @Override
        public String done() {
            return "added " + a(kindName);
        }
    }

    public record AnnotationUpdated(long projectId, long articleId, long annotationId, AnnotationFields before,
                                    AnnotationFields after, long version, long byUserId, String kindName,
                                    java.util.Map<String, String> fieldLabels) implements AnnotationChange {

        public AnnotationUpdated(long projectId, long articleId, long annotationId, AnnotationFields before,
                                 AnnotationFields after, long version, long byUserId) {
            this(projectId, articleId, annotationId, before, after, version, byUserId,
                    (after.speaker() != null ? AnnotationKind.QUOTE : after.figureValue() != null ? AnnotationKind.FIGURE
                            : AnnotationKind.NOTE).label(), java.util.Map.of());
        }

        @Override
        public String action() {
            return "updated";
        }

        @Override
        public String done() {
            return "edited " + a(kindName);
        }
    }

    /** With everything it held, and (by the database's cascade) its comment thread. */
    public record AnnotationDeleted(long projectId, long articleId, long annotationId, AnnotationKind kind,
                                    TextSpan span, AnnotationFields fields, long authorId, long byUserId,
                                    String kindName, java.util.Map<String, String> fieldLabels)
            implements AnnotationChange {

        public AnnotationDeleted(long projectId, long articleId, long annotationId, AnnotationKind kind, TextSpan span,
                                 AnnotationFields fields, long authorId, long byUserId) {
            this(projectId, articleId, annotationId, kind, span, fields, authorId, byUserId, kind.label(), java.util.Map.of());
        }

        @Override
        public String action() {
            return "deleted";
        }

        @Override
        public String done() {
            return "deleted " + a(kindName);
        }
    }
}
