package org.crosscheck.suggest.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two passages cut into runs of words that are the same in both and runs that differ, word by word
 * (case, accents and spacing aside), for showing a reworded paragraph beside its original.
 */
public final class WordDiff {

    /** A run of text, {@code changed} when the other passage does not have these words here. */
    public record Piece(String text, boolean changed) {
    }

    /** The two passages, each as its pieces. */
    public record Sides(List<Piece> left, List<Piece> right) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}’'-]+\\s*|[^\\p{L}\\p{M}\\p{N}\\s]\\s*|\\s+");

    private WordDiff() {
    }

    public static Sides of(String left, String right) {
        List<String> a = tokens(left);
        List<String> b = tokens(right);
        boolean[] changedA = new boolean[a.size()];
        boolean[] changedB = new boolean[b.size()];
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a.stream().map(WordDiff::key).toList(),
                b.stream().map(WordDiff::key).toList()).getDeltas();
        for (AbstractDelta<String> d : deltas) {
            for (int i = 0; i < d.getSource().size(); i++) {
                changedA[d.getSource().getPosition() + i] = true;
            }
            for (int i = 0; i < d.getTarget().size(); i++) {
                changedB[d.getTarget().getPosition() + i] = true;
            }
        }
        return new Sides(pieces(a, changedA), pieces(b, changedB));
    }

    private static String key(String token) {
        return Words.fold(token.strip());
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<Piece> pieces(List<String> tokens, boolean[] changed) {
        List<Piece> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean current = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && changed[i] != current) {
                out.add(new Piece(run.toString(), current));
                run.setLength(0);
            }
            current = changed[i];
            run.append(tokens.get(i));
        }
        if (!run.isEmpty()) {
            out.add(new Piece(run.toString(), current));
        }
        return out;
    }
}
