package org.crosscheck.review;

/**
 * A span to link into a contradiction: {@code [start, end)} of an article's text, optionally the
 * annotation (a quote or figure) it was picked from.
 */
public record SpanRef(long articleId, int start, int end, Long annotationId) {

    public static SpanRef of(long articleId, int start, int end) {
        return new SpanRef(articleId, start, end, null);
    }
}
