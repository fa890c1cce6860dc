package org.crosscheck.suggest.engine;

import java.util.List;

/**
 * Article {@code articleId} is a reworded or republished copy of {@code ofArticleId} (the earlier
 * one): {@code similarity} (0 to 1) is the share of the shorter article's text in paragraphs that
 * have a close counterpart in the other, in the same order; {@code pairs} aligns them.
 */
public record NearDuplicate(long articleId, long ofArticleId, double similarity, List<AlignedParagraphs> pairs) {

    /** Paragraph {@code [start, end)} of the copy beside {@code [ofStart, ofEnd)} of the original. */
    public record AlignedParagraphs(int start, int end, int ofStart, int ofEnd, double similarity) {
    }
}
