package org.crosscheck.review;

import java.util.EnumSet;
import java.util.Set;

/** Which contradictions of a project a list shows. */
public record ContradictionFilter(Set<ContradictionCategory> categories, Set<ContradictionStatus> statuses,
                                  Long articleId) {

    public static ContradictionFilter all() {
        return new ContradictionFilter(EnumSet.allOf(ContradictionCategory.class),
                EnumSet.allOf(ContradictionStatus.class), null);
    }
}
