package org.crosscheck.exchange;

import org.crosscheck.review.ContradictionRecord;
import org.crosscheck.review.ContradictionRecord.SpanRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The code point offsets of the exported contradictions' spans, filled in as each article goes by
 * (its text is read once, for its annotations): contradictions are written after the last article.
 */
final class SpanCodePoints {

    private final Map<Long, List<SpanRecord>> byArticle;
    private final Map<Long, int[]> bySpan = new HashMap<>();

    SpanCodePoints(List<ContradictionRecord> contradictions) {
        this.byArticle = contradictions.stream().flatMap(c -> c.spans().stream())
                .collect(Collectors.groupingBy(SpanRecord::articleId));
    }

    void article(long articleId, CodePoints codePoints) {
        for (SpanRecord s : byArticle.getOrDefault(articleId, List.of())) {
            bySpan.put(s.id(), new int[]{codePoints.toCodePoint(s.span().start()), codePoints.toCodePoint(s.span().end())});
        }
    }

    int start(SpanRecord span) {
        return bySpan.get(span.id())[0];
    }

    int end(SpanRecord span) {
        return bySpan.get(span.id())[1];
    }
}
