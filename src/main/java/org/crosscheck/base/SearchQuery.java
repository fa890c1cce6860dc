package org.crosscheck.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a user searches for, as typed: matched literally and without regard to case, in the
 * database (a LIKE pattern, so no wildcard a user types has a meaning) and in Java (to find where
 * in a text the words are). White space inside the words matches any run of white space, so a
 * phrase broken across lines is still found.
 */
public record SearchQuery(String text) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        text = Texts.singleLine(text);
        if (text == null || text.codePointCount(0, text.length()) < MIN_LENGTH) {
            throw DomainException.of("base.error.search-too-short", MIN_LENGTH);
        }
        if (text.length() > MAX_LENGTH) {
            throw DomainException.of("base.error.search-too-long", MAX_LENGTH);
        }
        text = text.replaceAll("\\s+", " ");
    }

    /** For {@code lower(column) like :pattern escape '\'}: the words lower-cased, wildcards escaped. */
    public String likePattern() {
        return "%" + Texts.likeLiteral(text).replace(" ", "%") + "%";
    }

    /** Where the words occur in a text, with the text's own offsets (UTF-16 units, as stored). */
    public Matcher matcher(CharSequence haystack) {
        StringBuilder regex = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(haystack);
    }
}
