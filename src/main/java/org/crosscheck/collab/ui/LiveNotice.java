package org.crosscheck.collab.ui;

import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.I18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of the notice a reader gets when others change the article: who, what they did, and
 * where ("Tom Okafor added a quote in UN News."), not just that something changed. In the
 * window's language: what was done is the message key a change names (its words in the
 * sentence after "… has, in the article,"), or, from a change that names none, English words shown as they are.
 */
public final class LiveNotice {

    /** Told by name; more kinds of change than this are counted. */
    static final int MOST_TOLD = 3;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+)+");

    private LiveNotice() {
    }

    /**
     * @param names who made the changes (already isolated for display)
     * @param done  what was done (a message key such as {@code article.live.submitted}, or words such as
     *              "added a quote") and how often; the key "" counts changes without words
     * @param title the article's title
     */
    public static String text(Collection<String> names, Map<String, Integer> done, String title) {
        List<String> told = new ArrayList<>();
        int untold = 0;
        for (Map.Entry<String, Integer> e : done.entrySet()) {
            if (e.getKey().isEmpty() || told.size() == MOST_TOLD) {
                untold += e.getValue();
            } else {
                String what = words(e.getKey());
                told.add(e.getValue() == 1 ? what : I18n.t("collab.notice.times", what, e.getValue()));
            }
        }
        String what;
        if (told.isEmpty()) {
            what = I18n.t("collab.notice.changes", untold <= 1 ? 1 : untold);
        } else {
            what = untold == 0 ? joined(told) : I18n.t("collab.notice.and-more", joined(told), untold);
        }
        return I18n.t(names.size() == 1 ? "collab.notice.one" : "collab.notice.many", joined(new ArrayList<>(names)),
                what, Texts.isolate(title));
    }

    /** The words of a change: its message key's text, or the words it gave. */
    private static String words(String done) {
        return KEY.matcher(done).matches() ? I18n.t(done) : done;
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return I18n.t("collab.notice.list", String.join(", ", parts.subList(0, parts.size() - 1)), parts.getLast());
    }
}
