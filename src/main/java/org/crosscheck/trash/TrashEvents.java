package org.crosscheck.trash;

import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.base.LiveChange;

import java.util.List;

/**
 * What the trash tells listeners (audit, live updates) when it brings something back. A side of a
 * contradiction put back is told by the review feature (its spans were added again).
 */
public final class TrashEvents {

    private TrashEvents() {
    }

    /** An annotation put back (under a new id) with its thread; {@code restoredFrom} is the id it had. */
    public record AnnotationRestored(long projectId, long articleId, long annotationId, long restoredFrom,
                                     AnnotationKind kind, String kindName, TextSpan span, AnnotationFields fields,
                                     int comments, long byUserId) implements LiveChange.InArticle {
        @Override
        public String subjectType() {
            return "annotation";
        }

        @Override
        public long subjectId() {
            return annotationId;
        }

        @Override
        public String action() {
            return "restored";
        }

        @Override
        public String done() {
            String name = kindName.toLowerCase(java.util.Locale.ROOT);
            return "restored " + ("aeiou".indexOf(name.isEmpty() ? 'x' : name.charAt(0)) >= 0 ? "an " : "a ") + name;
        }
    }

    /** An article put back (under a new id) with its annotations and its sides of contradictions. */
    public record ArticleRestored(long projectId, long articleId, long restoredFrom, String title, int annotations,
                                  int contradictionSpans, long byUserId) implements LiveChange {
        @Override
        public List<String> topics() {
            return List.of(LiveChange.project(projectId));
        }

        @Override
        public String subjectType() {
            return "article";
        }

        @Override
        public long subjectId() {
            return articleId;
        }

        @Override
        public String action() {
            return "restored";
        }

        @Override
        public String done() {
            return "restored an article";
        }
    }
}
