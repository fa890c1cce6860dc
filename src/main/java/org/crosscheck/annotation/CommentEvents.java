package org.crosscheck.annotation;

import org.crosscheck.base.LiveChange;

/** What the comment threads tell listeners after each change. */
public final class CommentEvents {

    private CommentEvents() {
    }

    /**
     * Every comment event concerns the article of the annotation it is on. Viewers refresh the
     * annotation's thread, whatever the subject of the change.
     */
    public sealed interface CommentChange extends LiveChange.InArticle permits CommentSubject, ThreadResolved {
        long annotationId();

        @Override
        default String entity() {
            return "comment";
        }

        @Override
        default long entityId() {
            return annotationId();
        }
    }

    /** A change of one comment: its subject is the comment. */
    public sealed interface CommentSubject extends CommentChange permits CommentAdded, CommentEdited {
        long commentId();

        @Override
        default String subjectType() {
            return "comment";
        }

        @Override
        default long subjectId() {
            return commentId();
        }
    }

    public record CommentAdded(long projectId, long articleId, long annotationId, long commentId, String body,
                               long byUserId) implements CommentSubject {
        @Override
        public String action() {
            return "added";
        }

        @Override
        public String done() {
            return "commented on a mark";
        }
    }

    public record CommentEdited(long projectId, long articleId, long annotationId, long commentId, String before,
                                String after, long byUserId) implements CommentSubject {
        @Override
        public String action() {
            return "edited";
        }

        @Override
        public String done() {
            return "edited a comment";
        }
    }

    /** A thread resolved or reopened; its subject is the thread, known by its annotation's id. */
    public record ThreadResolved(long projectId, long articleId, long annotationId, boolean resolved, long byUserId)
            implements CommentChange {
        @Override
        public String subjectType() {
            return "thread";
        }

        @Override
        public long subjectId() {
            return annotationId;
        }

        @Override
        public String action() {
            return resolved ? "resolved" : "reopened";
        }

        @Override
        public String done() {
            return resolved ? "resolved a comment thread" : "reopened a comment thread";
        }
    }
}
