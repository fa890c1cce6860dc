package org.crosscheck.suggest.engine;

import java.util.ArrayList;
import java.util.List;

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


    /** An article ready to compare: its paragraphs, and its stems as sorted ints (compared by merging two arrays). */
    private record Prepared(long id, List<ArticleDigest.ParagraphStems> paragraphs, int[] stems, int length) {
    }

    private NearDuplicates() {
    }

    static List<NearDuplicate> find(List<EngineArticle> articles) {
        return find(articles.stream().map(EngineArticle::id).toList(),
                articles.stream().map(a -> ArticleDigest.of(a.text())).toList());
    }

    /** The near-duplicates among the articles {@code ids}, from their digests (in the same order). */
    static List<NearDuplicate> find(List<Long> ids, List<ArticleDigest> digests) {
        // Every pair of articles is compared, and close pairs paragraph by paragraph: with the stems as
        // sorted ints, a comparison is one merge of two arrays instead of probing hash sets of strings.
        List<Prepared> prepared = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            prepared.add(prepare(ids.get(i), digests.get(i)));
        }
        List<NearDuplicate> out = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            for (int j = i + 1; j < prepared.size(); j++) {
                Prepared a = prepared.get(i);
                Prepared b = prepared.get(j);
                if (dice(a.stems(), b.stems()) < 0.3) {
                    continue;
                }
                // The copy is the later one, as the articles are listed (by id: the later import).
                Prepared original = a.id() < b.id() ? a : b;
                Prepared copy = original == a ? b : a;
                NearDuplicate found = align(copy, original);
                if (found.similarity() >= FLAGGED) {
                    out.add(found);
                }
            }
        }
        return out;
    }

    private static Prepared prepare(long id, ArticleDigest digest) {
        int length = 0;
        int[] all = new int[0];
        for (ArticleDigest.ParagraphStems p : digest.paragraphs()) {
            all = union(all, p.stems());
            length += p.length();
        }
        return new Prepared(id, digest.paragraphs(), all, length);
    }

    /** The sorted ints in either sorted array, each once. */
    private static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static NearDuplicate align(Prepared copy, Prepared original) {
        List<ArticleDigest.ParagraphStems> x = copy.paragraphs();
        List<ArticleDigest.ParagraphStems> y = original.paragraphs();
        double[][] score = new double[x.size() + 1][y.size() + 1];
        double[][] sim = new double[x.size()][y.size()];
        for (int i = 1; i <= x.size(); i++) {
            for (int j = 1; j <= y.size(); j++) {
                double s = dice(x.get(i - 1).stems(), y.get(j - 1).stems());
                sim[i - 1][j - 1] = s;
                double take = s >= CLOSE ? score[i - 1][j - 1] + s * x.get(i - 1).length() : 0;
                score[i][j] = Math.max(take, Math.max(score[i - 1][j], score[i][j - 1]));
            }
        }
        List<NearDuplicate.AlignedParagraphs> pairs = new ArrayList<>();
        int covered = 0;
        int coveredOther = 0;
        for (int i = x.size(), j = y.size(); i > 0 && j > 0; ) {
            double s = sim[i - 1][j - 1];
            if (s >= CLOSE && score[i][j] == score[i - 1][j - 1] + s * x.get(i - 1).length()) {
                ArticleDigest.ParagraphStems p = x.get(i - 1);
                ArticleDigest.ParagraphStems q = y.get(j - 1);
                pairs.addFirst(new NearDuplicate.AlignedParagraphs(p.start(), p.end(), q.start(), q.end(), s));
                covered += p.length();
                coveredOther += q.length();
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
        return new NearDuplicate(copy.id(), original.id(), similarity, pairs);
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
