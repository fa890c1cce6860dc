package org.crosscheck.suggest.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.crosscheck.review.ContradictionCategory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same quotation in different articles: quotes are aligned when most words of the shorter one
 * are in the longer one; aligned quotes whose wording differs inside the part they share drifted
 * (a quote cut short at either end has not), and aligned quotes given to different people are
 * misattributed.
 */
final class QuoteAlignment implements ContradictionDetector {

    private static final int MIN_WORDS = 4;

    record Quote(long articleId, String outlet, FoundQuote quote, List<String> words, Set<String> stems) {
    }

    @Override
    public List<FoundContradiction> find(List<EngineArticle> articles, List<ArticleFindings> findings) {
        Map<Long, String> outlets = new HashMap<>();
        articles.forEach(a -> outlets.put(a.id(), a.outlet()));
        List<Quote> quotes = new ArrayList<>();
        for (ArticleFindings f : findings) {
            for (FoundQuote q : f.quotes()) {
                List<String> words = Words.stems(q.exact());
                if (words.size() >= MIN_WORDS) {
                    quotes.add(new Quote(f.articleId(), outlets.get(f.articleId()), q, plainWords(q.exact()),
                            new HashSet<>(words)));
                }
            }
        }
        // One statement quoted alike by many articles is compared once: identical wordings are one
        // entry (with every quote that has it), so a project of copies does not compare every copy.
        Map<List<String>, List<Integer>> byWording = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            byWording.computeIfAbsent(quotes.get(i).words().stream().map(Words::fold).toList(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> wordings = List.copyOf(byWording.values());
        List<Quote> firsts = wordings.stream().map(w -> quotes.get(w.getFirst())).toList();
        int[] parent = new int[wordings.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<int[]> aligned = new ArrayList<>();
        for (int[] pair : candidatePairs(firsts)) {
            if (containment(firsts.get(pair[0]).stems(), firsts.get(pair[1]).stems()) >= 0.6
                    && articles(quotes, wordings.get(pair[0]), wordings.get(pair[1])) >= 2) {
                aligned.add(pair);
                union(parent, pair[0], pair[1]);
            }
        }
        Map<Integer, List<int[]>> pairsByCluster = new HashMap<>();
        for (int[] pair : aligned) {
            pairsByCluster.computeIfAbsent(find(parent, pair[0]), k -> new ArrayList<>()).add(pair);
        }
        // A wording quoted by several articles and aligned with no other is a cluster of its own (its
        // speakers may still differ).
        for (int w = 0; w < wordings.size(); w++) {
            if (find(parent, w) == w && !pairsByCluster.containsKey(w) && articles(quotes, wordings.get(w), List.of()) >= 2
                    && firsts.get(w).stems().stream().filter(x -> !Words.COMMON.contains(x)).count() >= 2) {
                pairsByCluster.put(w, List.of(new int[] {w, w}));
            }
        }
        List<FoundContradiction> out = new ArrayList<>();
        pairsByCluster.values().forEach(pairs -> {
            drift(quotes, wordings, pairs).ifPresent(out::add);
            misattribution(quotes, wordings, pairs).ifPresent(out::add);
        });
        return out;
    }

    private static long articles(List<Quote> quotes, List<Integer> a, List<Integer> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).map(i -> quotes.get(i).articleId()).distinct().count();
    }

    /** Pairs of quotes that share at least two uncommon words: found through an index, not by comparing all pairs. */
    private static Set<int[]> candidatePairs(List<Quote> quotes) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            for (String s : quotes.get(i).stems()) {
                if (!Words.COMMON.contains(s)) {
                    byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> ids : byStem.values()) {
            if (ids.size() > 400) {
                continue;
            }
            for (int x = 0; x < ids.size(); x++) {
                for (int y = x + 1; y < ids.size(); y++) {
                    shared.merge(((long) ids.get(x) << 32) | ids.get(y), 1, Integer::sum);
                }
            }
        }
        Set<int[]> out = new LinkedHashSet<>();
        shared.forEach((key, n) -> {
            if (n >= 2) {
                out.add(new int[] {(int) (key >>> 32), (int) (key & 0xffffffffL)});
            }
        });
        return out;
    }

    private static double containment(Set<String> a, Set<String> b) {
        return (double) Words.shared(a, b) / Math.min(a.size(), b.size());
    }

    private static java.util.Optional<FoundContradiction> drift(List<Quote> quotes, List<List<Integer>> wordings,
                                                                List<int[]> pairs) {
        Set<Quote> involved = new LinkedHashSet<>();
        List<String> changes = new ArrayList<>();
        for (int[] pair : pairs) {
            if (pair[0] == pair[1]) {
                continue;
            }
            Quote a = quotes.get(wordings.get(pair[0]).getFirst());
            Quote b = quotes.get(wordings.get(pair[1]).getFirst());
            List<String> difference = innerDifference(a.words(), b.words());
            if (!difference.isEmpty()) {
                wordings.get(pair[0]).forEach(i -> involved.add(quotes.get(i)));
                wordings.get(pair[1]).forEach(i -> involved.add(quotes.get(i)));
                if (changes.size() < 3) {
                    changes.add(a.outlet() + ": “" + difference.get(0) + "”; " + b.outlet() + ": “" + difference.get(1) + "”");
                }
            }
        }
        if (involved.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FoundContradiction(ContradictionCategory.QUOTE_WORDING, spans(involved),
                "The same quote is worded differently. " + String.join(" · ", changes), 0.75));
    }

    private static java.util.Optional<FoundContradiction> misattribution(List<Quote> quotes, List<List<Integer>> wordings,
                                                                        List<int[]> pairs) {
        Map<String, Quote> bySpeaker = new HashMap<>();
        Set<Integer> seen = new HashSet<>();
        List<Integer> members = new ArrayList<>();
        for (int[] pair : pairs) {
            for (int w : pair) {
                if (seen.add(w)) {
                    members.addAll(wordings.get(w));
                }
            }
        }
        members.sort(null);
        for (int i : members) {
            Quote q = quotes.get(i);
            String speaker = q.quote().speaker();
            if (speaker != null && Speakers.isPersonName(speaker)) {
                bySpeaker.putIfAbsent(Words.fold(speaker), q);
            }
        }
        if (bySpeaker.size() < 2) {
            return java.util.Optional.empty();
        }
        Set<Long> articles = new HashSet<>();
        bySpeaker.values().forEach(q -> articles.add(q.articleId()));
        if (articles.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Quote> involved = bySpeaker.values().stream()
                .sorted(java.util.Comparator.comparingLong(Quote::articleId).thenComparingInt(q -> q.quote().start()))
                .toList();
        List<String> who = involved.stream().map(q -> q.outlet() + ": " + q.quote().speaker()).toList();
        return java.util.Optional.of(new FoundContradiction(ContradictionCategory.MISATTRIBUTION,
                spans(new LinkedHashSet<>(involved)), "The same quote is attributed to different speakers. "
                + String.join("; ", who), 0.7));
    }

    private static List<SpanAt> spans(Set<Quote> quotes) {
        return quotes.stream()
                .sorted(java.util.Comparator.comparingLong(Quote::articleId).thenComparingInt(q -> q.quote().start()))
                .map(q -> new SpanAt(q.articleId(), q.quote().start(), q.quote().end(), q.quote().exact()))
                .toList();
    }

    /**
     * The words that differ between two aligned quotes inside the part both quote (as the two
     * passages, "aggrieved they may be" and "sad they are"), or an empty list when one only quotes
     * less of the same words.
     */
    static List<String> innerDifference(List<String> a, List<String> b) {
        List<String> fa = a.stream().map(Words::fold).toList();
        List<String> fb = b.stream().map(Words::fold).toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(fa, fb).getDeltas();
        int lastA = fa.size();
        int lastB = fb.size();
        List<AbstractDelta<String>> inner = new ArrayList<>();
        for (AbstractDelta<String> d : deltas) {
            boolean atStart = d.getSource().getPosition() == 0 || d.getTarget().getPosition() == 0;
            boolean atEnd = d.getSource().getPosition() + d.getSource().size() == lastA
                    || d.getTarget().getPosition() + d.getTarget().size() == lastB;
            // At either end, words only one side has are the other quoting less: unless both sides
            // hold a few words alike in number ("vital" and "critical"), which is a change of wording.
            boolean lopsided = Math.abs(d.getSource().size() - d.getTarget().size()) >= 3
                    || d.getSource().size() == 0 || d.getTarget().size() == 0;
            if (lopsided && (atStart || atEnd)) {
                continue;
            }
            inner.add(d);
        }
        if (inner.isEmpty()) {
            return List.of();
        }
        int sa = inner.getFirst().getSource().getPosition();
        int ea = inner.getLast().getSource().getPosition() + inner.getLast().getSource().size();
        int sb = inner.getFirst().getTarget().getPosition();
        int eb = inner.getLast().getTarget().getPosition() + inner.getLast().getTarget().size();
        return List.of(excerpt(a, sa, ea), excerpt(b, sb, eb));
    }

    private static String excerpt(List<String> words, int from, int to) {
        int s = Math.max(0, from - 1);
        int e = Math.min(words.size(), Math.max(to, from) + 1);
        String middle = String.join(" ", words.subList(s, e));
        return (s > 0 ? "…" : "") + middle + (e < words.size() ? "…" : "");
    }

    /** The quote's words with "it's" as "it is", so that a contraction spelt out is no drift. */
    private static List<String> plainWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Words.tokens(s)) {
            String f = Words.fold(w);
            if (f.equals("it's") || f.equals("that's") || f.equals("there's")) {
                out.add(w.substring(0, w.length() - 2));
                out.add("is");
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
