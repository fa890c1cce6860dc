package org.crosscheck.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.crosscheck.base.DomainException;

import java.util.Optional;

/**
 * A span of an article's text, anchored twice: by UTF-16 offsets (as Java strings and the
 * browser's {@code Range.toString()} count) and by its exact text with up to 32 characters of
 * context on either side, so that a reader can check, and if ever needed re-find, the span.
 */
@Embeddable
public record TextSpan(@Column(name = "start_offset", nullable = false) int start,
                       @Column(name = "end_offset", nullable = false) int end,
                       @Column(name = "exact_text", nullable = false) String exact,
                       @Column(name = "prefix_text", nullable = false, length = 64) String prefix,
                       @Column(name = "suffix_text", nullable = false, length = 64) String suffix) {

    static final int CONTEXT = 32;

    /**
     * The span the user selected, with surrounding whitespace left out and never splitting a
     * surrogate pair (an emoji) or leaving a combining mark behind.
     */
    public static TextSpan select(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw DomainException.of("annotation.error.selection-outside");
        }
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            throw DomainException.of("annotation.error.selection-empty");
        }
        s = clusterStart(text, s);
        e = clusterEnd(text, e);
        int p = clusterStart(text, Math.max(0, s - CONTEXT));
        int x = clusterEnd(text, Math.min(text.length(), e + CONTEXT));
        return new TextSpan(s, e, text.substring(s, e), text.substring(p, s), text.substring(e, x));
    }

    /** Moves back off a low surrogate or combining mark, so a span starts at a whole character. */
    private static int clusterStart(String text, int i) {
        while (i > 0 && (Character.isLowSurrogate(text.charAt(i)) || isCombining(text.codePointAt(i)))) {
            i--;
        }
        return i;
    }

    /** Moves forward past a low surrogate or combining mark, so a span ends after a whole character. */
    private static int clusterEnd(String text, int i) {
        while (i < text.length() && (Character.isLowSurrogate(text.charAt(i)) || isCombining(text.codePointAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || codePoint == 0x200D || codePoint == 0xFE0F;
    }

    /** Whether the offsets still point at the exact text in this version of the article. */
    public boolean matches(String text) {
        return start >= 0 && start <= end && end <= text.length() && text.startsWith(exact, start)
                && end - start == exact.length();
    }

    /**
     * Where this span is in {@code text}: itself while its offsets still hold its exact text;
     * otherwise the occurrence of its exact text whose surroundings best match its stored context
     * (the nearest to the old place on a tie), as Hypothesis re-anchors; empty when the text no
     * longer contains it, and the span is orphaned. Never a place with other words.
     */
    public Optional<TextSpan> anchorIn(String text) {
        if (matches(text)) {
            return Optional.of(this);
        }
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        int best = -1;
        int bestScore = -1;
        for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
            int score = commonSuffixLength(text.substring(Math.max(0, i - prefix.length()), i), prefix)
                    + commonPrefixLength(text.substring(i + exact.length(),
                    Math.min(text.length(), i + exact.length() + suffix.length())), suffix);
            if (score > bestScore || (score == bestScore && Math.abs(i - start) < Math.abs(best - start))) {
                best = i;
                bestScore = score;
            }
        }
        return best < 0 ? Optional.empty()
                : Optional.of(new TextSpan(best, best + exact.length(), exact, prefix, suffix));
    }

    private static int commonSuffixLength(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefixLength(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
