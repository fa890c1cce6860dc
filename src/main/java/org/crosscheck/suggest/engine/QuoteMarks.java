package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted passages of a text: between curly double marks, guillemets (« » and » « as some
 * languages use them), low-high German marks, straight double marks, and single curly marks that
 * are not apostrophes. A quote left open at the end of a paragraph runs to the paragraph's end and
 * continues in the next one if that opens with a mark, as English typesetting quotes several
 * paragraphs. A quote nested in another is part of the outer one.
 */
final class QuoteMarks {

    /** A quoted passage: {@code [open, close]} are the marks (close is -1 when the paragraph ends first). */
    record Quoted(int open, int close, int start, int end, int paragraph, boolean continuesPrevious) {
        int outerEnd(String text) {
            return close >= 0 ? close + 1 : end;
        }
    }

    private QuoteMarks() {
    }

    static List<Quoted> find(String text, Paragraphs paragraphs) {
        List<Quoted> out = new ArrayList<>();
        boolean previousOpen = false;
        int resumeAt = -1;
        for (int p = 0; p < paragraphs.count(); p++) {
            int ps = paragraphs.starts()[p];
            int pe = paragraphs.ends()[p];
            boolean openedAtStart = false;
            boolean endsOpen = false;
            int i = Math.max(ps, resumeAt);
            resumeAt = -1;
            while (i < pe) {
                char c = text.charAt(i);
                char closer = closerFor(text, i, ps);
                if (closer == 0) {
                    i++;
                    continue;
                }
                int j = findClose(text, i + 1, pe, closer, c);
                boolean single = c == '‘' || c == '‹' || c == '\'';
                if (j < 0 && single) {
                    i++;
                    continue;
                }
                int broken = j < 0 ? closeAfterLineBreak(text, paragraphs, p, closer, c) : -1;
                if (broken >= 0) {
                    // The saved page broke a line inside the quote: one quote, up to its mark in the next line.
                    add(out, text, i, broken, i + 1, broken, p, i == ps && previousOpen);
                    resumeAt = broken + 1;
                    break;
                }
                int contentEnd = j < 0 ? pe : j;
                boolean continues = i == ps && previousOpen;
                add(out, text, i, j, i + 1, contentEnd, p, continues);
                if (i == ps) {
                    openedAtStart = true;
                }
                if (j < 0) {
                    endsOpen = true;
                    break;
                }
                i = j + 1;
            }
            previousOpen = endsOpen;
            if (!openedAtStart && !endsOpen) {
                previousOpen = false;
            }
        }
        return out;
    }

    /**
     * Where a quote left open at the end of paragraph {@code p} closes when the next "paragraph" is only
     * the rest of a line broken mid-sentence: the line ends with no stop, the next goes on in lower case
     * and closes the quote before it opens another. -1 otherwise.
     */
    private static int closeAfterLineBreak(String text, Paragraphs paragraphs, int p, char closer, char opener) {
        if (p + 1 >= paragraphs.count()) {
            return -1;
        }
        int pe = paragraphs.ends()[p];
        int ns = paragraphs.starts()[p + 1];
        int ne = paragraphs.ends()[p + 1];
        // The page's own line break may have become a blank line when its body was detected: only the words tell.
        if (!Character.isLowerCase(text.charAt(ns))
                || ".!?:".indexOf(text.charAt(pe - 1)) >= 0) {
            return -1;
        }
        int k = findClose(text, ns, ne, closer, opener);
        if (k < 0) {
            return -1;
        }
        for (int x = ns; x < k; x++) {
            if (closerFor(text, x, ns) != 0 && text.charAt(x) != closer) {
                return -1;
            }
        }
        return k;
    }

    /** The mark that closes one opening at {@code i}, or 0 if the character there opens nothing. */
    private static char closerFor(String text, int i, int paragraphStart) {
        char c = text.charAt(i);
        boolean afterWord = i > paragraphStart && Words.isLetterOrDigit(text, i - 1);
        return switch (c) {
            case '“' -> '”';
            case '„' -> '“';
            case '«' -> '»';
            case '‹' -> afterWord ? 0 : '›';
            case '"' -> afterWord ? 0 : '"';
            case '‘' -> afterWord ? 0 : '’';
            // A straight single mark opens only before a word: "'Our teams are there,' he added".
            case '\'' -> afterWord || !Words.isLetter(text, i + 1) ? 0 : '\'';
            case '»' -> afterWord || !hasAhead(text, i, '«') ? 0 : '«';
            default -> 0;
        };
    }

    private static boolean hasAhead(String text, int i, char c) {
        int nl = text.indexOf('\n', i);
        int k = text.indexOf(c, i + 1);
        return k > 0 && (nl < 0 || k < nl);
    }

    private static int findClose(String text, int from, int to, char closer, char opener) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (closer == '\'' && c == '\'') {
                // Closes after a stop or comma ("…the earthquake.'"), or before one ("'fake tickets'."); an
                // apostrophe ("don't", "the fans' seats") does neither.
                boolean stopBefore = ".,!?…".indexOf(text.charAt(k - 1)) >= 0;
                boolean stopAfter = k + 1 >= to || ".,;:!?)".indexOf(text.charAt(k + 1)) >= 0;
                if (stopBefore && !Words.isLetter(text, k + 1) || Words.isLetter(text, k - 1) && stopAfter) {
                    return k;
                }
                continue;
            }
            if (c == closer || (opener == '“' && c == '"') || (opener == '"' && c == '”')) {
                // An apostrophe inside a word ("It’s", "Guterres’ spokesperson" stays open) is not a closing mark.
                if ((closer == '’' || closer == '"') && Words.isLetter(text, k + 1)) {
                    continue;
                }
                if (closer == '’' && !Words.isLetterOrDigit(text, k - 1) && !isPunct(text.charAt(k - 1))) {
                    continue;
                }
                return k;
            }
        }
        return -1;
    }

    private static boolean isPunct(char c) {
        return ".,!?;:…)]".indexOf(c) >= 0;
    }

    private static void add(List<Quoted> out, String text, int open, int close, int start, int end, int paragraph,
                            boolean continues) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        // A full stop at the end belongs to the sentence, not to the words quoted; "?" and "!" are kept.
        if (e > s + 1 && text.charAt(e - 1) == '.' && text.charAt(e - 2) != '.') {
            e--;
        }
        if (e <= s || !hasLetter(text, s, e)) {
            return;
        }
        out.add(new Quoted(open, close, s, e, paragraph, continues));
    }

    private static boolean hasLetter(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
