package org.crosscheck.article;

/** Which of a project's articles a list shows: those of one status and one assignee (null: any). */
public record ArticleListFilter(ArticleStatus status, Long assigneeId) {

    public static final ArticleListFilter ALL = new ArticleListFilter(null, null);

    boolean all() {
        return status == null && assigneeId == null;
    }
}
