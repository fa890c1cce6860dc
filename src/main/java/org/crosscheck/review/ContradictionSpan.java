package org.crosscheck.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.crosscheck.annotation.TextSpan;

import java.time.Instant;

/** One side of a contradiction: a span of an article, anchored like an annotation. */
@Entity
@Table(name = "contradiction_span")
class ContradictionSpan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contradiction_id", nullable = false)
    private long contradictionId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "annotation_id")
    private Long annotationId;

    @Embedded
    private TextSpan span;

    @Column(name = "added_by", nullable = false)
    private long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ContradictionSpan() {
    }

    ContradictionSpan(long contradictionId, long articleId, Long annotationId, TextSpan span, long addedBy, Instant now) {
        this.contradictionId = contradictionId;
        this.articleId = articleId;
        this.annotationId = annotationId;
        this.span = span;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    Long getId() {
        return id;
    }

    long getContradictionId() {
        return contradictionId;
    }

    long getArticleId() {
        return articleId;
    }

    Long getAnnotationId() {
        return annotationId;
    }

    long getAddedBy() {
        return addedBy;
    }

    Instant getAddedAt() {
        return addedAt;
    }

    TextSpan span() {
        return span;
    }

    SpanValues values() {
        return new SpanValues(id, articleId, span.start(), span.end(), span.exact(), annotationId);
    }

    boolean sameSpan(long otherArticleId, TextSpan other) {
        return articleId == otherArticleId && span.start() == other.start() && span.end() == other.end();
    }
}
