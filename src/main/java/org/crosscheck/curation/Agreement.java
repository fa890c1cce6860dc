package org.crosscheck.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far several annotators of one text agree, per kind of mark and per pair of annotators.
 * <ul>
 * <li><b>F1 with the overlap rule</b>: two marks of the same kind by two annotators match when their
 * spans overlap; marks are paired one to one, as many as can be (a maximum matching); F1 =
 * 2·matched / (marks of one + marks of the other). Symmetric, 1 when every mark has a partner.</li>
 * <li><b>Krippendorff's alpha</b> (nominal) over the positions of the text: each position is a unit
 * that each annotator labels "in a mark of this kind" or not; alpha = 1 − (n−1)·o₀₁ / (n₀·n₁), with
 * the coincidences counted over runs of equal labels (so the cost grows with the number of marks,
 * not the length of the text). It corrects for chance as unitized alpha (αu) does and, like it,
 * weighs disagreement by how much text it covers; undefined (null) when nobody or everybody marked
 * everything.</li>
 * </ul>
 * Plain Java, no Spring and no database: tested and benchmarked alone.
 */
public final class Agreement {

    private Agreement() {
    }

    /** One mark: who made it, of which kind, where ([start, end) in UTF-16 units), and what it says. */
    public record Mark(long id, long annotator, String kind, int start, int end, String says) {
        boolean overlaps(Mark other) {
            return start < other.end && other.start < end;
        }

        int overlap(Mark other) {
            return Math.min(end, other.end) - Math.max(start, other.start);
        }

        /** Same place, same kind, same values. */
        boolean sameAs(Mark other) {
            return kind.equals(other.kind) && start == other.start && end == other.end
                    && java.util.Objects.equals(says, other.says);
        }
    }

    /** Two annotators on one kind ("*" for all kinds together). */
    public record PairScore(long a, long b, String kind, int marksA, int marksB, int matched, Double f1, Double alpha) {
    }

    /** All annotators on one kind ("*" for all kinds together): marks each, mean pairwise F1, alpha of all. */
    public record KindScore(String kind, Map<Long, Integer> marks, Double f1, Double alpha) {
    }

    public record Result(List<Long> annotators, List<KindScore> kinds, List<PairScore> pairs, KindScore overall) {
    }

    /** The agreement of {@code annotators} (at least two; marks of anyone else are left out) on a text of {@code length}. */
    public static Result of(int length, List<Long> annotators, List<Mark> marks) {
        List<Long> who = List.copyOf(new LinkedHashSet<>(annotators));
        List<Mark> counted = marks.stream().filter(m -> who.contains(m.annotator()) && m.end() > m.start()).toList();
        Map<String, List<Mark>> byKind = new TreeMap<>();
        counted.forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
        List<KindScore> kinds = new ArrayList<>();
        List<PairScore> pairs = new ArrayList<>();
        int allMatched = 0;
        int allMarks = 0;
        for (Map.Entry<String, List<Mark>> e : byKind.entrySet()) {
            KindScore score = kind(length, who, e.getKey(), e.getValue(), pairs);
            kinds.add(score);
        }
        // Over all kinds: micro F1 of each pair (matches within each kind), alpha of "marked with any kind".
        List<PairScore> overallPairs = new ArrayList<>();
        for (int i = 0; i < who.size(); i++) {
            for (int j = i + 1; j < who.size(); j++) {
                long a = who.get(i);
                long b = who.get(j);
                int matched = 0;
                int ma = 0;
                int mb = 0;
                for (PairScore p : pairs) {
                    if (p.a() == a && p.b() == b) {
                        matched += p.matched();
                        ma += p.marksA();
                        mb += p.marksB();
                    }
                }
                allMatched += matched;
                allMarks += ma + mb;
                overallPairs.add(new PairScore(a, b, "*", ma, mb, matched, ma + mb == 0 ? null : 2.0 * matched / (ma + mb),
                        alpha(length, List.of(a, b), counted)));
            }
        }
        pairs.addAll(overallPairs);
        Map<Long, Integer> counts = new LinkedHashMap<>();
        who.forEach(a -> counts.put(a, (int) counted.stream().filter(m -> m.annotator() == a).count()));
        KindScore overall = new KindScore("*", counts, allMarks == 0 ? null : 2.0 * allMatched / allMarks,
                alpha(length, who, counted));
        return new Result(who, List.copyOf(kinds), List.copyOf(pairs), overall);
    }

    private static KindScore kind(int length, List<Long> who, String kind, List<Mark> marks, List<PairScore> pairs) {
        Map<Long, List<Mark>> byAnnotator = new LinkedHashMap<>();
        who.forEach(a -> byAnnotator.put(a, new ArrayList<>()));
        marks.forEach(m -> byAnnotator.get(m.annotator()).add(m));
        double f1Sum = 0;
        int f1Count = 0;
        for (int i = 0; i < who.size(); i++) {
            for (int j = i + 1; j < who.size(); j++) {
                List<Mark> a = byAnnotator.get(who.get(i));
                List<Mark> b = byAnnotator.get(who.get(j));
                int matched = matched(a, b);
                Double f1 = a.size() + b.size() == 0 ? null : 2.0 * matched / (a.size() + b.size());
                if (f1 != null) {
                    f1Sum += f1;
                    f1Count++;
                }
                List<Mark> both = new ArrayList<>(a);
                both.addAll(b);
                pairs.add(new PairScore(who.get(i), who.get(j), kind, a.size(), b.size(), matched, f1,
                        alpha(length, List.of(who.get(i), who.get(j)), both)));
            }
        }
        Map<Long, Integer> counts = new LinkedHashMap<>();
        byAnnotator.forEach((a, list) -> counts.put(a, list.size()));
        return new KindScore(kind, counts, f1Count == 0 ? null : f1Sum / f1Count, alpha(length, who, marks));
    }

    /**
     * The most marks of {@code a} that can be paired one to one with overlapping marks of {@code b}
     * (a maximum matching: augmenting paths over the overlaps, which are few per mark, so it stays
     * near linear in practice). Each side is tried largest overlap first.
     */
    static int matched(List<Mark> a, List<Mark> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Mark[] bs = b.toArray(Mark[]::new);
        Arrays.sort(bs, Comparator.comparingInt(Mark::start));
        int[] bStarts = Arrays.stream(bs).mapToInt(Mark::start).toArray();
        // The longest mark of b bounds how far back an overlapping one can start.
        int longest = Arrays.stream(bs).mapToInt(m -> m.end() - m.start()).max().orElse(0);
        List<int[]> partners = new ArrayList<>(a.size());
        for (Mark m : a) {
            List<Integer> found = new ArrayList<>();
            int from = lowerBound(bStarts, m.start() - longest);
            for (int j = from; j < bs.length && bs[j].start() < m.end(); j++) {
                if (m.overlaps(bs[j])) {
                    found.add(j);
                }
            }
            found.sort(Comparator.comparingInt((Integer j) -> m.overlap(bs[j])).reversed());
            partners.add(found.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] partnerOfB = new int[bs.length];
        Arrays.fill(partnerOfB, -1);
        int matched = 0;
        for (int i = 0; i < a.size(); i++) {
            if (partners.get(i).length > 0 && augment(i, partners, partnerOfB, new boolean[bs.length])) {
                matched++;
            }
        }
        return matched;
    }

    /** Finds a partner for mark {@code i} of a, moving earlier pairs along where that frees one (Kuhn's algorithm). */
    private static boolean augment(int i, List<int[]> partners, int[] partnerOfB, boolean[] seen) {
        for (int j : partners.get(i)) {
            if (!seen[j]) {
                seen[j] = true;
                if (partnerOfB[j] < 0 || augment(partnerOfB[j], partners, partnerOfB, seen)) {
                    partnerOfB[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Nominal alpha of {@code who} labelling each position of the text "marked" (by any of the marks
     * given, of whatever kind they are) or not. Null when there is no variation to measure.
     */
    static Double alpha(int length, List<Long> who, List<Mark> marks) {
        int m = who.size();
        if (m < 2 || length <= 0) {
            return null;
        }
        // +1 where an annotator's covered stretch starts, −1 where it ends (each annotator's marks merged first).
        TreeMap<Integer, Integer> delta = new TreeMap<>();
        for (long annotator : who) {
            List<int[]> spans = new ArrayList<>();
            marks.stream().filter(x -> x.annotator() == annotator)
                    .map(x -> new int[]{Math.max(0, x.start()), Math.min(length, x.end())})
                    .filter(s -> s[1] > s[0]).sorted(Comparator.comparingInt(s -> s[0])).forEach(s -> {
                        if (!spans.isEmpty() && s[0] <= spans.getLast()[1]) {
                            spans.getLast()[1] = Math.max(spans.getLast()[1], s[1]);
                        } else {
                            spans.add(s);
                        }
                    });
            for (int[] s : spans) {
                delta.merge(s[0], 1, Integer::sum);
                delta.merge(s[1], -1, Integer::sum);
            }
        }
        double o01 = 0;
        double n1 = 0;
        int covering = 0;
        int at = 0;
        for (Map.Entry<Integer, Integer> e : delta.entrySet()) {
            int len = e.getKey() - at;
            if (len > 0 && covering > 0) {
                o01 += (double) len * covering * (m - covering) / (m - 1);
                n1 += (double) len * covering;
            }
            covering += e.getValue();
            at = e.getKey();
        }
        double n = (double) length * m;
        double n0 = n - n1;
        if (n0 == 0 || n1 == 0) {
            return null;
        }
        return 1 - (n - 1) * o01 / (n0 * n1);
    }

    /** One place of the text where annotators marked a kind: overlapping marks of the same kind, grouped. */
    public record Place(String kind, int start, int end, List<Mark> marks, boolean agreed) {
    }

    /**
     * The places to curate, in text order: marks of one kind that overlap (directly or through
     * others) form one place. A place is agreed when every annotator has exactly one mark there and
     * all say the same at the same span.
     */
    public static List<Place> places(List<Long> annotators, List<Mark> marks) {
        Set<Long> who = new LinkedHashSet<>(annotators);
        Map<String, List<Mark>> byKind = new TreeMap<>();
        marks.stream().filter(m -> who.contains(m.annotator()))
                .forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
        List<Place> out = new ArrayList<>();
        for (Map.Entry<String, List<Mark>> e : byKind.entrySet()) {
            List<Mark> sorted = new ArrayList<>(e.getValue());
            sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end).thenComparingLong(Mark::id));
            List<Mark> group = new ArrayList<>();
            int groupEnd = -1;
            for (Mark m : sorted) {
                if (!group.isEmpty() && m.start() >= groupEnd) {
                    out.add(place(e.getKey(), group, who));
                    group = new ArrayList<>();
                }
                group.add(m);
                groupEnd = Math.max(groupEnd, m.end());
            }
            if (!group.isEmpty()) {
                out.add(place(e.getKey(), group, who));
            }
        }
        out.sort(Comparator.comparingInt(Place::start).thenComparing(Place::kind));
        return out;
    }

    private static Place place(String kind, List<Mark> group, Set<Long> who) {
        int start = group.stream().mapToInt(Mark::start).min().orElse(0);
        int end = group.stream().mapToInt(Mark::end).max().orElse(0);
        boolean oneEach = group.size() == who.size()
                && group.stream().map(Mark::annotator).distinct().count() == who.size();
        boolean agreed = oneEach && group.stream().allMatch(m -> m.sameAs(group.getFirst()));
        return new Place(kind, start, end, List.copyOf(group), agreed);
    }
}
