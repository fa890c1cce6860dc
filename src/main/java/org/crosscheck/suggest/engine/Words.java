package org.crosscheck.suggest.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level helpers shared by the finders: folding for comparison, crude stems, word lists. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words too common to tell two passages apart. */
    static final Set<String> COMMON = Set.of("the", "a", "an", "of", "to", "and", "in", "is", "be", "that", "it", "for",
            "on", "not", "are", "they", "we", "this", "with", "as", "but", "or", "at", "by", "all", "any", "was", "were",
            "has", "have", "had", "he", "she", "his", "her", "their", "its", "from", "said", "also");

    private Words() {
    }

    /** How many words the two sets share. */
    static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** Lower case without accents: "Stéphane" and "Stephane" compare equal. */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('’', '\'');
    }

    /** The words of {@code s}, folded, with "it's" read as "it is" and plural/verb endings cut. */
    static List<String> stems(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'s") && (w.equals("it's") || w.equals("that's") || w.equals("there's") || w.equals("what's"))) {
                out.add(w.substring(0, w.length() - 2));
                out.add("is");
                continue;
            }
            if (w.endsWith("n't")) {
                out.add(w.substring(0, w.length() - 3));
                out.add("not");
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    /** The words of {@code s} as written (not folded), for word-level diffs shown to people. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"))) {
            return w.substring(0, w.length() - (w.endsWith("ing") ? 3 : 2));
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static boolean isLetter(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.codePointAt(i));
    }

    static boolean isLetterOrDigit(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
}
