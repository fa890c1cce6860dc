package org.crosscheck.article;

import org.crosscheck.base.LiveChange;

/** What the article feature tells listeners (audit, live updates, suggestions) after each change. */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    public record ArticleImported(long projectId, long articleId, String title, String contentHash, long byUserId) {
    }

    public record ArticleTrimmed(long projectId, long articleId, int oldLength, int newLength, long byUserId) {
    }

    public record ArticleDetailsChanged(long projectId, long articleId, String title, long byUserId) {
    }

    /** Tells open readers of the article at once, so they are not left on a page whose actions fail. */
    public record ArticleDeleted(long projectId, long articleId, String title, long byUserId)
            implements LiveChange.InArticle {

        @Override
        public String entity() {
            return "article";
        }

        @Override
        public long entityId() {
            return articleId;
        }
    }
}
