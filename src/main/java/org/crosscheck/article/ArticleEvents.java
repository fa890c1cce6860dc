package org.crosscheck.article;

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

    public record ArticleDeleted(long projectId, long articleId, String title, long byUserId) {
    }
}
