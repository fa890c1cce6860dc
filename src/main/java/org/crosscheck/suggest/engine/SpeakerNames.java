package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One name per person across a project: "Bachelet", "Ms. Bachelet" and "Michelle Bachelet" are all
 * "Michelle Bachelet"; "Stéphane Dujarric" and "Stephane Dujarric" are the form written more often; a
 * nickname introduced as First "Nick" Last, or the first name alone, is that person; a surname one
 * outlet spells a letter off ("Novak", "Nowak") with a first name alike is the same person (for
 * surnames of four letters, only with the same first name).
 * People are matched by their folded surname, so two people of one surname in one project are merged:
 * the reviewer corrects that when accepting.
 */
final class SpeakerNames {

    /** First “Nick” Last, First 'Nick' Last, First "Nick" Last. */
    static final Pattern NICKNAME = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}-]+)[ \\t]+[“\"‘'](\\p{Lu}[\\p{L}\\p{M}-]+)[”\"’'][ \\t]+(\\p{Lu}[\\p{L}\\p{M}-]+)");

    private final Map<String, String> canonicalBySurname = new HashMap<>();
    /** A single word (a first name, a nickname, a surname) that names exactly one person of the project. */
    private final Map<String, String> byOneWord = new HashMap<>();

    SpeakerNames(List<String> names) {
        this(names, (java.util.Collection<ArticleDigest.Nickname>) List.<ArticleDigest.Nickname>of());
    }

    SpeakerNames(List<String> names, List<String> texts) {
        this(names, (java.util.Collection<ArticleDigest.Nickname>) texts.stream()
                .flatMap(t -> ArticleDigest.of(t).nicknames().stream()).toList());
    }

    /** {@code introduced}: the nicknames the project's texts introduce, each time they do. */
    SpeakerNames(List<String> names, java.util.Collection<ArticleDigest.Nickname> introduced) {
        Map<String, Map<String, Integer>> fullForms = new LinkedHashMap<>();
        Map<String, String> nicknames = new HashMap<>();
        for (ArticleDigest.Nickname n : introduced) {
            nicknames.put(Words.fold(n.nickname()), n.full());
            fullForms.computeIfAbsent(surname(n.full()), k -> new LinkedHashMap<>()).merge(n.full(), 1, Integer::sum);
        }
        for (String name : names) {
            if (name != null && Speakers.isPersonName(name)) {
                fullForms.computeIfAbsent(surname(name), k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        Map<String, String> mergedInto = mergeSpellings(fullForms);
        fullForms.forEach((surname, forms) -> {
            String best = null;
            int bestCount = -1;
            for (Map.Entry<String, Integer> form : forms.entrySet()) {
                if (form.getValue() > bestCount || (form.getValue() == bestCount && form.getKey().length() > best.length())) {
                    best = form.getKey();
                    bestCount = form.getValue();
                }
            }
            canonicalBySurname.put(surname, best);
        });
        mergedInto.forEach((variant, surname) -> {
            // "Breske" joined "Bresk", which may itself have joined another spelling: follow to the last.
            String root = surname;
            while (mergedInto.containsKey(root)) {
                root = mergedInto.get(root);
            }
            canonicalBySurname.put(variant, canonicalBySurname.get(root));
        });
        Map<String, List<String>> words = new HashMap<>();
        canonicalBySurname.values().stream().distinct().forEach(full -> {
            words.computeIfAbsent(Words.fold(full.substring(0, full.indexOf(' '))), k -> new ArrayList<>()).add(full);
            words.computeIfAbsent(surname(full), k -> new ArrayList<>()).add(full);
        });
        words.forEach((word, people) -> {
            if (people.stream().distinct().count() == 1) {
                byOneWord.put(word, people.getFirst());
            }
        });
        nicknames.forEach((nick, full) -> byOneWord.put(nick, canonicalBySurname.getOrDefault(surname(full), full)));
    }

    /**
     * Surnames a letter apart (one outlet's misspelling) whose first names agree: the rarer spelling
     * is merged into the other. Returns each merged surname and the surname it joined.
     */
    private static Map<String, String> mergeSpellings(Map<String, Map<String, Integer>> fullForms) {
        Map<String, String> merged = new HashMap<>();
        List<String> surnames = new ArrayList<>(fullForms.keySet());
        for (int i = 0; i < surnames.size(); i++) {
            for (int j = i + 1; j < surnames.size(); j++) {
                String a = surnames.get(i);
                String b = surnames.get(j);
                if (merged.containsKey(a) || merged.containsKey(b) || Math.min(a.length(), b.length()) < 4
                        || !oneEditApart(a, b) || !sameFirstNames(fullForms.get(a), fullForms.get(b),
                        Math.min(a.length(), b.length()) < 5)) {
                    continue;
                }
                int countA = fullForms.get(a).values().stream().mapToInt(Integer::intValue).sum();
                int countB = fullForms.get(b).values().stream().mapToInt(Integer::intValue).sum();
                String rare = countA < countB ? a : b;
                String common = rare.equals(a) ? b : a;
                merged.put(rare, common);
            }
        }
        merged.keySet().forEach(fullForms::remove);
        return merged;
    }

    /** Whether some form of each shares a first name, or one a letter off ("Valeria", "Valeriya"). */
    private static boolean sameFirstNames(Map<String, Integer> a, Map<String, Integer> b, boolean exactly) {
        for (String x : a.keySet()) {
            for (String y : b.keySet()) {
                String fx = Words.fold(x.substring(0, x.indexOf(' ')));
                String fy = Words.fold(y.substring(0, y.indexOf(' ')));
                if (fx.equals(fy) || !exactly && fx.length() >= 4 && oneEditApart(fx, fy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One letter replaced, added or dropped. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String s = a.length() <= b.length() ? a : b;
        String l = s == a ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.length() == l.length() ? s.substring(i + 1).equals(l.substring(i + 1)) : s.substring(i).equals(l.substring(i + 1));
    }

    String canonical(String name) {
        if (name == null) {
            return null;
        }
        if (name.strip().indexOf(' ') < 0) {
            String one = byOneWord.get(Words.fold(name.strip()));
            if (one != null) {
                return one;
            }
        }
        String found = canonicalBySurname.get(surname(name));
        return found != null ? found : name;
    }

    static String surname(String name) {
        String n = name.strip();
        return Words.fold(n.substring(n.lastIndexOf(' ') + 1));
    }
}
