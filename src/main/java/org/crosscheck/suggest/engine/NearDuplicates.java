package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds articles that are copies of others, reworded or not. Two reports of one event share many
 * words, so the test is by paragraph: a copy has, paragraph after paragraph in the same order, one
 * that says nearly the same (Dice ≥ 0.5 on their uncommon word stems). The alignment is the one of
 * greatest weight (a dynamic programme over the two lists of paragraphs); the similarity is the share
 * of the shorter article's text it covers. Pairs whose vocabularies barely meet are not aligned.
 */
final class NearDuplicates {

    static final double FLAGGED = 0.6;
    private static final double CLOSE = 0.5;

    private record Paragraph(int start, int end, int[] stems) {
    }

    /** An article ready to compare: its paragraphs, and its stems as sorted ids (compared by merging, not hashing). */
    private record Prepared(EngineArticle article, List<Paragraph> paragraphs, int[] stems, int length) {
    }

    private NearDuplicates() {
    }

    static List<NearDuplicate> find(List<EngineArticle> articles) {
        // Every pair of articles is compared, and close pairs paragraph by paragraph: with the stems as
        // sorted ints, a comparison is one merge of two arrays instead of probing hash sets of strings.
        Map<String, Integer> ids = new HashMap<>();
        List<Prepared> prepared = articles.stream().map(a -> prepare(a, ids)).toList();
        List<NearDuplicate> out = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            for (int j = i + 1; j < prepared.size(); j++) {
                Prepared a = prepared.get(i);
                Prepared b = prepared.get(j);
                if (dice(a.stems(), b.stems()) < 0.3) {
                    continue;
                }
                // The copy is the later one, as the articles are listed (by id: the later import).
                Prepared original = a.article().id() < b.article().id() ? a : b;
                Prepared copy = original == a ? b : a;
                NearDuplicate found = align(copy, original);
                if (found.similarity() >= FLAGGED) {
                    out.add(found);
                }
            }
        }
        return out;
    }

    private static Prepared prepare(EngineArticle article, Map<String, Integer> ids) {
        Paragraphs ps = Paragraphs.of(article.text());
        List<Paragraph> list = new ArrayList<>();
        Set<String> all = new HashSet<>();
        int length = 0;
        for (int p = 0; p < ps.count(); p++) {
            Set<String> stems = new HashSet<>();
            for (String w : Words.stems(article.text().substring(ps.starts()[p], ps.ends()[p]))) {
                if (!Words.COMMON.contains(w)) {
                    stems.add(w);
                }
            }
            list.add(new Paragraph(ps.starts()[p], ps.ends()[p], ids(stems, ids)));
            all.addAll(stems);
            length += ps.ends()[p] - ps.starts()[p];
        }
        return new Prepared(article, list, ids(all, ids), length);
    }

    private static int[] ids(Set<String> stems, Map<String, Integer> ids) {
        return stems.stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).sorted().toArray();
    }

    private static NearDuplicate align(Prepared copy, Prepared original) {
        List<Paragraph> x = copy.paragraphs();
        List<Paragraph> y = original.paragraphs();
        double[][] score = new double[x.size() + 1][y.size() + 1];
        double[][] sim = new double[x.size()][y.size()];
        for (int i = 1; i <= x.size(); i++) {
            for (int j = 1; j <= y.size(); j++) {
                double s = dice(x.get(i - 1).stems(), y.get(j - 1).stems());
                sim[i - 1][j - 1] = s;
                double take = s >= CLOSE ? score[i - 1][j - 1] + s * length(x.get(i - 1)) : 0;
                score[i][j] = Math.max(take, Math.max(score[i - 1][j], score[i][j - 1]));
            }
        }
        List<NearDuplicate.AlignedParagraphs> pairs = new ArrayList<>();
        int covered = 0;
        int coveredOther = 0;
        for (int i = x.size(), j = y.size(); i > 0 && j > 0; ) {
            double s = sim[i - 1][j - 1];
            if (s >= CLOSE && score[i][j] == score[i - 1][j - 1] + s * length(x.get(i - 1))) {
                Paragraph p = x.get(i - 1);
                Paragraph q = y.get(j - 1);
                pairs.addFirst(new NearDuplicate.AlignedParagraphs(p.start(), p.end(), q.start(), q.end(), s));
                covered += length(p);
                coveredOther += length(q);
                i--;
                j--;
            } else if (score[i - 1][j] >= score[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        double similarity = copy.length() <= original.length()
                ? (double) covered / Math.max(1, copy.length()) : (double) coveredOther / Math.max(1, original.length());
        return new NearDuplicate(copy.article().id(), original.article().id(), similarity, pairs);
    }

    private static int length(Paragraph p) {
        return p.end() - p.start();
    }

    private static double dice(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }
}
