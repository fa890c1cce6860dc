package org.crosscheck.reader.ui;

import org.crosscheck.annotation.TextSpan;
import org.crosscheck.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** What the browser needs to draw one highlight: id ("a12", "c7"), kind, offsets, tooltip. */
record Mark(String id, String k, int s, int e, String t) {

    private static final Logger log = LoggerFactory.getLogger(Mark.class);

    /**
     * A highlight drawn only on its own words: where the stored offsets no longer hold the span's
     * exact text it is re-anchored by quote and context, or left out when the words are gone.
     */
    static Optional<Mark> anchored(String id, String kind, TextSpan span, String text, String label) {
        Optional<TextSpan> found = span.anchorIn(text);
        if (found.isEmpty()) {
            log.warn("Not drawing {}: its text “{}” is no longer in the article", id, Texts.abbreviate(span.exact(), 60));
        } else if (found.get().start() != span.start()) {
            log.warn("Drawing {} at {} instead of {}: its stored offsets no longer hold its text", id,
                    found.get().start(), span.start());
        }
        return found.map(s -> new Mark(id, kind, s.start(), s.end(), label));
    }
}
