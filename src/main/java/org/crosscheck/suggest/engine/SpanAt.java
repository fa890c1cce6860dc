package org.crosscheck.suggest.engine;

/** {@code [start, end)} of one article's text, holding {@code exact}. */
public record SpanAt(long articleId, int start, int end, String exact) {
}
