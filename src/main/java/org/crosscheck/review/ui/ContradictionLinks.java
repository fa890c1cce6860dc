package org.crosscheck.review.ui;

import org.crosscheck.base.ui.Pages;
import org.crosscheck.review.ContradictionDetails;

/** Where a contradiction is shown whole. */
public final class ContradictionLinks {

    private ContradictionLinks() {
    }

    /**
     * The compare view of a contradiction: the span the user came from on the left, the first other
     * one (in another article where there is one) on the right; the project's contradictions when it
     * has no span left.
     */
    public static String compare(Pages pages, ContradictionDetails c, Long currentSpanId) {
        ContradictionDetails.Side here = c.spans().stream().filter(s -> currentSpanId != null && s.spanId() == currentSpanId)
                .findFirst().orElse(c.spans().isEmpty() ? null : c.spans().getFirst());
        if (here == null) {
            return pages.contradictions(c.projectId());
        }
        ContradictionDetails.Side there = c.othersThan(here.spanId()).stream()
                .filter(s -> s.articleId() != here.articleId()).findFirst()
                .orElse(c.othersThan(here.spanId()).stream().findFirst().orElse(here));
        return pages.compare(here.articleId(), there.articleId(), c.id());
    }
}
