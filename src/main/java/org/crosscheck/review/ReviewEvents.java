package org.crosscheck.review;

import java.util.List;

/** What the review feature tells listeners (audit, live updates) after each change. */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    public record ContradictionCreated(long projectId, long contradictionId, ContradictionCategory category,
                                       List<Long> articleIds, long byUserId) {
    }

    public record ContradictionExtended(long projectId, long contradictionId, List<Long> spanIds, long byUserId) {
    }

    public record ContradictionSpanRemoved(long projectId, long contradictionId, long spanId, long articleId,
                                           long byUserId) {
    }

    public record ContradictionStatusChanged(long projectId, long contradictionId, ContradictionStatus from,
                                             ContradictionStatus to, String reason, Long byUserId) {
    }
}
