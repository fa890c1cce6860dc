package org.crosscheck.review;

/** One side of a contradiction with its anchor, as events carry it: what it was when the event happened. */
public record SpanValues(long spanId, long articleId, int start, int end, String exact, Long annotationId) {
}
