package org.crosscheck.suggest;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.crosscheck.annotation.TextSpan;

/** One side of a proposed contradiction. */
@Entity
@Table(name = "suggestion_span")
class SuggestionSpan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "suggestion_id", nullable = false)
    private long suggestionId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Embedded
    private TextSpan span;

    protected SuggestionSpan() {
    }

    SuggestionSpan(long suggestionId, long articleId, TextSpan span) {
        this.suggestionId = suggestionId;
        this.articleId = articleId;
        this.span = span;
    }

    long getSuggestionId() {
        return suggestionId;
    }

    long getArticleId() {
        return articleId;
    }

    TextSpan getSpan() {
        return span;
    }
}
