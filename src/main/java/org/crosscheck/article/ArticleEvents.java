package org.crosscheck.article;

import org.crosscheck.base.DomainEvent;
import org.crosscheck.base.LiveChange;

import java.util.List;

/** What the article feature tells listeners (audit, live updates, suggestions) after each change. */
public final class ArticleEvents {

    private ArticleEvents() {
    }

    /** Every article event is about one article of a project. */
    public sealed interface ArticleChange extends DomainEvent.InProject
            permits ArticleImported, ArticleTextFrozen, ArticleTrimmed, ArticleDetailsChanged, ArticleDeleted, ArticleSubmitted,
            ArticleAssigneesChanged, ArticleStatusChanged {
        long articleId();

        @Override
        default String subjectType() {
            return "article";
        }

        @Override
        default long subjectId() {
            return articleId();
        }
    }

    public record ArticleImported(long projectId, long articleId, ArticleDetails details, String sourceName,
                                  String contentHash, int length, long byUserId) implements ArticleChange {
        @Override
        public String action() {
            return "imported";
        }
    }

    /** The first anchor went into the text: from now on it never changes. */
    public record ArticleTextFrozen(long projectId, long articleId, String contentHash, long byUserId)
            implements ArticleChange {
        @Override
        public String action() {
            return "text-frozen";
        }
    }

    /** Paragraphs {@code firstKept..lastKept} (0-based, inclusive) of {@code paragraphsBefore} were kept. */
    public record ArticleTrimmed(long projectId, long articleId, int firstKept, int lastKept, int paragraphsBefore,
                                 int oldLength, int newLength, String oldContentHash, String newContentHash,
                                 long byUserId) implements ArticleChange {
        @Override
        public String action() {
            return "trimmed";
        }
    }

    public record ArticleDetailsChanged(long projectId, long articleId, ArticleDetails before, ArticleDetails after,
                                        long byUserId) implements ArticleChange {
        @Override
        public String action() {
            return "details-changed";
        }
    }

    /**
     * The article and, with it (by the database's cascade), its annotations, their comments and the
     * contradiction spans in it; tells open readers at once, so they are not left on a page whose
     * actions fail.
     */
    public record ArticleDeleted(long projectId, long articleId, ArticleDetails details, String contentHash,
                                 List<Long> annotationIds, List<Long> commentIds, List<Long> contradictionSpanIds,
                                 long byUserId) implements ArticleChange, LiveChange.InArticle {
        public String title() {
            return details.title();
        }

        @Override
        public String action() {
            return "deleted";
        }
    }

    /** An assignee submitted their own marks of the article (independent mode). */
    public record ArticleSubmitted(long projectId, long articleId, long byUserId)
            implements ArticleChange, LiveChange.InArticle {
        @Override
        public String action() {
            return "submitted";
        }

        @Override
        public List<String> topics() {
            return List.of(LiveChange.article(articleId), LiveChange.project(projectId));
        }

        @Override
        public String done() {
            return "article.live.submitted";
        }
    }

    /** Who works on the article, before and after (usernames, sorted). */
    public record ArticleAssigneesChanged(long projectId, long articleId, List<String> before, List<String> after,
                                          long byUserId) implements ArticleChange, LiveChange.InArticle {
        @Override
        public String action() {
            return "assigned";
        }

        @Override
        public List<String> topics() {
            return List.of(LiveChange.article(articleId), LiveChange.project(projectId));
        }

        @Override
        public String done() {
            return "article.live.assigned";
        }
    }

    /** The article moved from one status to another; a move back says why. */
    public record ArticleStatusChanged(long projectId, long articleId, ArticleStatus from, ArticleStatus to,
                                       String reason, long byUserId) implements ArticleChange, LiveChange.InArticle {
        @Override
        public String action() {
            return "status-changed";
        }

        @Override
        public List<String> topics() {
            return List.of(LiveChange.article(articleId), LiveChange.project(projectId));
        }

        @Override
        public String done() {
            return "article.live.moved." + to.name();
        }
    }
}
