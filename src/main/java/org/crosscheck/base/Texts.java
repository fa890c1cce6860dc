package org.crosscheck.base;

import org.crosscheck.base.i18n.Messages;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small operations on user-visible text that several features need. */
public final class Texts {

    /**
     * C0 controls other than tab and line feed, DEL and the C1 controls: nobody types them on
     * purpose, PostgreSQL refuses NUL, and some of them garble a terminal or a log.
     */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");
    /** What ends a line or indents it: in a one-line field (a name, a title) it becomes one space. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r\\x0B\\f\\u0085\\u2028\\u2029]+");
    private static final Pattern CRLF = Pattern.compile("\\r\\n?|[\\u0085\\u2028\\u2029]");

    private Texts() {
    }

    /**
     * How long ago, as a person would say it at a glance: "2 s ago", "5 min ago", "3 h ago", "4 days
     * ago". At least one second, so that a moment just past never reads "0 s ago"; a time ahead (a
     * clock of another node a little ahead) counts as that second.
     */
    public static String ago(java.time.Duration elapsed) {
        long s = Math.max(1, elapsed.toSeconds());
        if (s < 60) {
            return s + " s ago";
        }
        if (s < 3600) {
            return s / 60 + " min ago";
        }
        if (s < 86_400) {
            return s / 3600 + " h ago";
        }
        long days = s / 86_400;
        return days == 1 ? "1 day ago" : days + " days ago";
    }

    /**
     * At most {@code max} characters, ending in "…" when cut; never cuts an emoji or other
     * surrogate pair in half. Null becomes "".
     */
    public static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        int cut = max - 1;
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "…";
    }

    /**
     * Text of a field that may span lines (a note, a comment, a description): control characters
     * removed except tab and line feed, line ends as {@code \n}, surrounding white space stripped.
     * Null stays null.
     */
    public static String multiLine(String s) {
        if (s == null) {
            return null;
        }
        return CONTROLS.matcher(CRLF.matcher(s).replaceAll("\n")).replaceAll("").strip();
    }

    /**
     * Text of a one-line field (a name, a title, a speaker): line breaks and tabs become a space,
     * other control characters are removed, surrounding white space stripped. Null stays null.
     */
    public static String singleLine(String s) {
        if (s == null) {
            return null;
        }
        return CONTROLS.matcher(LINE_BREAKS.matcher(s).replaceAll(" ")).replaceAll("").strip();
    }

    /**
     * The user's multi-line text, cleaned ({@link #multiLine}), or null when blank; refused with a
     * message naming {@code what} when longer than {@code max}.
     */
    public static String optional(String s, int max, String what) {
        return limited(multiLine(s), max, what);
    }

    /**
     * The user's one-line text, cleaned ({@link #singleLine}), or null when blank; refused with a
     * message naming {@code what} when longer than {@code max}.
     */
    public static String optionalLine(String s, int max, String what) {
        return limited(singleLine(s), max, what);
    }

    private static String limited(String clean, int max, String what) {
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            // "what" names the field in English ("The note"); the bundles have it in every language.
            throw DomainException.of("base.error.too-long", Messages.word(fieldKey(what)), max, clean.length());
        }
        return clean;
    }

    /** The message key naming a field for {@link #optional}: "The note" is base.field.the-note. */
    static String fieldKey(String what) {
        return "base.field." + what.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * A user-supplied name or title to be embedded in a sentence, wrapped in Unicode's first-strong
     * isolate (FSI … PDI) so that right-to-left text or a directional override inside it cannot
     * reorder the words around it.
     */
    public static String isolate(String s) {
        return "\u2068" + (s == null ? "" : s) + "\u2069";
    }

    /**
     * {@code s} lower-cased, with LIKE's wildcards (and the escape character itself) escaped by a
     * backslash, for {@code lower(column) like ? escape} backslash: what a user types is matched literally.
     */
    public static String likeLiteral(String s) {
        return s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * A text cell of a CSV file as a spreadsheet will not run it: one starting with {@code = + - @}
     * (or a tab or carriage return, which some spreadsheets skip before looking) gets a leading
     * apostrophe, as OWASP recommends against CSV injection. Null is the empty cell.
     */
    public static String spreadsheetCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
