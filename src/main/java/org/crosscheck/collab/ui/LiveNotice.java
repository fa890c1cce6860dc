package org.crosscheck.collab.ui;

import org.crosscheck.base.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The words of the notice a reader gets when others change the article: who, what they did, and
 * where ("Tom Okafor added a quote in UN News."), not just that something changed.
 */
public final class LiveNotice {

    /** Told by name; more kinds of change than this are counted. */
    static final int MOST_TOLD = 3;

    private LiveNotice() {
    }

    /**
     * @param names who made the changes (already isolated for display)
     * @param done  what was done ("added a quote") and how often; the key "" counts changes without words
     * @param title the article's title
     */
    public static String text(Collection<String> names, Map<String, Integer> done, String title) {
        List<String> told = new ArrayList<>();
        int untold = 0;
        for (Map.Entry<String, Integer> e : done.entrySet()) {
            if (e.getKey().isEmpty() || told.size() == MOST_TOLD) {
                untold += e.getValue();
            } else {
                told.add(e.getValue() == 1 ? e.getKey() : e.getKey() + " (" + e.getValue() + " times)");
            }
        }
        String what;
        if (told.isEmpty()) {
            what = untold <= 1 ? "made a change" : "made " + untold + " changes";
        } else {
            what = joined(told) + (untold == 0 ? "" : untold == 1 ? " and made one more change"
                    : " and made " + untold + " more changes");
        }
        return joined(new ArrayList<>(names)) + " " + what + " in " + Texts.isolate(title) + ".";
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
