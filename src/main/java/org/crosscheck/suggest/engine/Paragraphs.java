package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of an article's text: the runs between line breaks, as {@code [start, end)} ranges;
 * and, read once for every step that needs them, the people the text names.
 */
final class Paragraphs {

    private final int[] starts;
    private final int[] ends;
    private List<Speakers.Mention> people;

    private Paragraphs(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    /** The people {@code text} (the text these are the paragraphs of) names, found the first time they are asked for. */
    List<Speakers.Mention> people(String text) {
        if (people == null) {
            people = Speakers.personMentions(text);
        }
        return people;
    }

    static Paragraphs of(String text) {
        List<int[]> found = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    found.add(new int[] {s, e});
                }
                start = i + 1;
            }
        }
        int[] starts = new int[found.size()];
        int[] ends = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            starts[i] = found.get(i)[0];
            ends[i] = found.get(i)[1];
        }
        return new Paragraphs(starts, ends);
    }

    int count() {
        return starts.length;
    }
}
