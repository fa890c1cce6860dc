package org.crosscheck.suggest.engine;

import org.crosscheck.review.ContradictionCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's name spelled differently by different outlets: "Anton Bresk" in one article, "Anton
 * Brezk" in another, a surname or a first name a letter apart while the other name agrees. Accents
 * alone ("Stéphane", "Stephane") are a transliteration, not a conflict; an article that uses both
 * spellings is left to the reviewer (it may be two people).
 */
final class NameSpellings implements ContradictionDetector {

    @Override
    public List<FoundContradiction> find(List<EngineArticle> articles, List<ArticleFindings> findings) {
        return fromDigests(articles, findings.stream().map(ArticleFindings::digest).toList());
    }

    static List<FoundContradiction> find(List<EngineArticle> articles) {
        return fromDigests(articles, articles.stream().map(a -> ArticleDigest.of(a.text())).toList());
    }

    /** From each article's digest (in the articles' order). */
    static List<FoundContradiction> fromDigests(List<EngineArticle> articles, List<ArticleDigest> digests) {
        // Each spelling (folded), with the articles that use it and its first mention in each.
        Map<String, Map<Integer, ArticleDigest.NamedAt>> spellings = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (ArticleDigest.NamedAt m : digests.get(i).people()) {
                spellings.computeIfAbsent(name(m.name()), k -> new LinkedHashMap<>()).putIfAbsent(i, m);
            }
        }
        // Only names of as many words and nearly the same length can be a letter apart: compare neighbours.
        List<String> sorted = new ArrayList<>(spellings.keySet());
        sorted.sort(Comparator.comparingInt((String n) -> n.split(" ").length).thenComparingInt(String::length));
        List<FoundContradiction> out = new ArrayList<>();
        for (int p = 0; p < sorted.size(); p++) {
            String x = sorted.get(p);
            for (int q = p + 1; q < sorted.size() && sorted.get(q).length() <= x.length() + 1
                    && sorted.get(q).split(" ").length == x.split(" ").length; q++) {
                String y = sorted.get(q);
                if (spelledDifferently(x, y)) {
                    pair(articles, spellings.get(x), spellings.get(y)).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** Each article that uses one spelling and not the other, at its first mention; none when no article holds only one. */
    private static java.util.Optional<FoundContradiction> pair(List<EngineArticle> articles,
                                                               Map<Integer, ArticleDigest.NamedAt> x,
                                                               Map<Integer, ArticleDigest.NamedAt> y) {
        List<SpanAt> spans = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        for (Map<Integer, ArticleDigest.NamedAt> own : List.of(x, y)) {
            Map<Integer, ArticleDigest.NamedAt> other = own == x ? y : x;
            own.forEach((i, m) -> {
                if (!other.containsKey(i)) {
                    EngineArticle a = articles.get(i);
                    spans.add(new SpanAt(a.id(), m.start(), m.end(), m.exact()));
                    outlets.add(a.outlet() + ": " + m.name());
                }
            });
        }
        boolean both = x.keySet().stream().anyMatch(i -> !y.containsKey(i)) && y.keySet().stream().anyMatch(i -> !x.containsKey(i));
        return both ? java.util.Optional.of(new FoundContradiction(ContradictionCategory.NAME_SPELLING, spans,
                "The same name is spelled differently. " + String.join("; ", outlets), 0.7)) : java.util.Optional.empty();
    }

    /**
     * A mention's name as it is compared, folded: without the titles before it ("CEO Joachim Reutter"
     * and "Governer Anton Brezk" are Joachim Reutter and Anton Brezk: a title, itself misspelled or
     * abbreviated, is not part of the spelling of the name).
     */
    private static String name(String mention) {
        List<String> words = new ArrayList<>(List.of(mention.strip().split("\\s+")));
        // Leading words that are titles: an abbreviation in capitals (CEO), or a word a letter or two
        // from a title (Governer), not the particles of a name (van der Berg keeps all its words).
        while (words.size() > 2 && (words.getFirst().matches("\\p{Lu}{2,}") || title(Words.fold(words.getFirst())))) {
            words.removeFirst();
        }
        return Words.fold(String.join(" ", words));
    }

    private static final List<String> TITLES = List.of("governor", "president", "minister", "mayor", "senator",
            "general", "colonel", "captain", "chief", "director", "inspector", "professor", "doctor", "judge", "coach",
            "secretary", "chairman", "chairwoman", "spokesman", "spokeswoman", "commissioner", "ambassador", "prince",
            "king", "queen", "sheriff", "superintendent", "premier", "chancellor", "officer", "manager");

    private static boolean title(String word) {
        return TITLES.stream().anyMatch(t -> t.equals(word) || (word.length() >= 5 && SpeakerNames.oneEditApart(t, word)));
    }

    /**
     * Two names of two words or more: one part a letter off, the others alike; or, in a name of two
     * long words, both a letter off ("Valeriya Osmak", "Valeria Osmack").
     */
    static boolean spelledDifferently(String a, String b) {
        String[] x = Words.fold(a).split(" ");
        String[] y = Words.fold(b).split(" ");
        if (x.length != y.length || String.join(" ", x).equals(String.join(" ", y))) {
            return false;
        }
        int off = 0;
        for (int k = 0; k < x.length; k++) {
            if (x[k].equals(y[k])) {
                continue;
            }
            if (Math.min(x[k].length(), y[k].length()) < 4 || !SpeakerNames.oneEditApart(x[k], y[k])) {
                return false;
            }
            off++;
        }
        return off == 1 || (off == 2 && x.length == 2 && Math.min(Math.min(x[0].length(), y[0].length()),
                Math.min(x[1].length(), y[1].length())) >= 5);
    }
}
