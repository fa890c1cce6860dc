package org.crosscheck.article;

/** The form an article was imported in; its text is plain text whatever the format. */
public enum ArticleFormat {
    TEXT, HTML, MARKDOWN
}
