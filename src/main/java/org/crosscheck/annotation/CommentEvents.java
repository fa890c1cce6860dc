package org.crosscheck.annotation;

import org.crosscheck.base.LiveChange;


/** What the comment threads tell listeners after each change. */
public final class CommentEvents {

    private CommentEvents() {
    }

    /** Every comment event concerns the article of the annotation it is on. */
    public sealed interface CommentChange extends LiveChange.InArticle permits CommentAdded, CommentEdited, ThreadResolved {
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

    public record CommentAdded(long projectId, long articleId, long annotationId, long commentId, long byUserId)
            implements CommentChange {
    }

    public record CommentEdited(long projectId, long articleId, long annotationId, long commentId, long byUserId)
            implements CommentChange {
    }

    public record ThreadResolved(long projectId, long articleId, long annotationId, boolean resolved, long byUserId)
            implements CommentChange {
    }
}
