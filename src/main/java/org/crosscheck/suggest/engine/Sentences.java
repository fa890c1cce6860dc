package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries of a text, never inside a quotation (a quote of three sentences is part of
 * the one sentence that reports it) and not after the full stop of an abbreviation or an initial.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "ms", "mrs", "dr", "prof", "st", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "gen", "gov", "sen", "rep",
            "lt", "col", "capt", "sgt", "jr", "sr", "inc", "ltd", "co", "corp", "u.s", "u.n", "e.g", "i.e", "etc",
            "approx", "dept", "est", "fig", "ft", "mt", "rev", "hon", "mme", "mlle", "cf", "al");

    private final int[] starts;

    private Sentences(int[] starts) {
        this.starts = starts;
    }

    static Sentences of(String text, Paragraphs paragraphs, List<QuoteMarks.Quoted> quotes) {
        boolean[] quoted = new boolean[text.length() + 1];
        for (QuoteMarks.Quoted q : quotes) {
            int to = q.close() >= 0 ? q.close() : q.end();
            for (int i = q.open(); i < to && i < quoted.length; i++) {
                quoted[i] = true;
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.count(); p++) {
            int ps = paragraphs.starts()[p];
            int pe = paragraphs.ends()[p];
            found.add(ps);
            for (int i = ps; i < pe; i++) {
                char c = text.charAt(i);
                if (c != '.' && c != '!' && c != '?') {
                    continue;
                }
                int k = i + 1;
                if (quoted[i]) {
                    // ".”" ends the quote and, when a new sentence follows, the sentence around it.
                    if (k < pe && isClosingMark(text.charAt(k)) && !quoted[k]) {
                        k++;
                    } else {
                        continue;
                    }
                }
                while (k < pe && (isClosingMark(text.charAt(k)) || text.charAt(k) == ')')) {
                    k++;
                }
                if (k >= pe || !Character.isWhitespace(text.charAt(k))) {
                    continue;
                }
                int n = k;
                while (n < pe && Character.isWhitespace(text.charAt(n))) {
                    n++;
                }
                if (n >= pe) {
                    continue;
                }
                char next = text.charAt(n);
                if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpeningMark(next))) {
                    continue;
                }
                if (c == '.' && isAbbreviation(text, i, ps)) {
                    continue;
                }
                found.add(n);
            }
        }
        return new Sentences(found.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isAbbreviation(String text, int dot, int from) {
        int s = dot;
        while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = Words.fold(text.substring(s, dot));
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    static boolean isClosingMark(char c) {
        return c == '”' || c == '"' || c == '’' || c == '»' || c == '›' || c == '\'';
    }

    static boolean isOpeningMark(char c) {
        return c == '“' || c == '"' || c == '‘' || c == '«' || c == '„' || c == '‹';
    }

    /** The start of the sentence holding {@code offset}. */
    int startOf(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = starts[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The end of the sentence holding {@code offset}: the next sentence's start, or {@code limit}. */
    int endOf(int offset, int limit) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = limit;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] > offset) {
                found = Math.min(limit, starts[mid]);
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }
}
