package org.crosscheck.notify;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The usernames a comment mentions: "@lena", not an e-mail address ("a@b.org") and not a trailing dot. */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}@._-])@([A-Za-z0-9][A-Za-z0-9._-]{1,63})");
    /** A comment naming more people than this tells the first ones only: a mention is not a mailing list. */
    static final int MAX = 10;

    private Mentions() {
    }

    static Set<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find() && out.size() < MAX) {
            String name = m.group(1).replaceAll("[._-]+$", "");
            if (name.length() >= 2) {
                out.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
