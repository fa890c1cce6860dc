package org.crosscheck.review;

import jakarta.persistence.Column;
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

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @Column(name = "exact_text", nullable = false)
    private String exact;

    @Column(name = "prefix_text", nullable = false, length = 64)
    private String prefix;

    @Column(name = "suffix_text", nullable = false, length = 64)
    private String suffix;

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
        this.startOffset = span.start();
        this.endOffset = span.end();
        this.exact = span.exact();
        this.prefix = span.prefix();
        this.suffix = span.suffix();
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

    TextSpan span() {
        return new TextSpan(startOffset, endOffset, exact, prefix, suffix);
    }

    boolean sameSpan(long otherArticleId, TextSpan other) {
        return articleId == otherArticleId && startOffset == other.start() && endOffset == other.end();
    }
}
