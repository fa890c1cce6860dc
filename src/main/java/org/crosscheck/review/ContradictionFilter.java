package org.crosscheck.review;

import org.crosscheck.base.Texts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which contradictions of a project a list shows: some categories and statuses, optionally those
 * with a span in one article, optionally those whose note or span texts contain some words.
 */
public record ContradictionFilter(Set<ContradictionCategory> categories, Set<ContradictionStatus> statuses,
                                  Long articleId, String text) {

    public ContradictionFilter(Set<ContradictionCategory> categories, Set<ContradictionStatus> statuses, Long articleId) {
        this(categories, statuses, articleId, null);
    }

    public static ContradictionFilter all() {
        return new ContradictionFilter(EnumSet.allOf(ContradictionCategory.class),
                EnumSet.allOf(ContradictionStatus.class), null);
    }

    public ContradictionFilter containing(String words) {
        return new ContradictionFilter(categories, statuses, articleId, words);
    }

    /** The text as a LIKE pattern (lower case, wildcards escaped with '\'), or null for no text filter. */
    String textPattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + Texts.likeLiteral(text.strip()) + "%";
    }
}
