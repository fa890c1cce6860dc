package org.crosscheck.review;

import org.crosscheck.base.LiveChange;

import java.util.ArrayList;
import java.util.List;

/** What the review feature tells listeners (audit, live updates) after each change. */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /**
     * Every contradiction event concerns the contradiction's project and the articles its spans are
     * (or were) in.
     */
    public sealed interface ContradictionChange extends LiveChange
            permits ContradictionCreated, ContradictionExtended, ContradictionSpanRemoved, ContradictionStatusChanged {
        long projectId();

        long contradictionId();

        List<Long> articleIds();

        @Override
        default List<String> topics() {
            List<String> topics = new ArrayList<>();
            topics.add(LiveChange.project(projectId()));
            articleIds().forEach(a -> topics.add(LiveChange.article(a)));
            return topics;
        }

        @Override
        default String subjectType() {
            return "contradiction";
        }

        @Override
        default long subjectId() {
            return contradictionId();
        }
    }

    public record ContradictionCreated(long projectId, long contradictionId, ContradictionCategory category, String note,
                                       List<SpanValues> spans, long byUserId) implements ContradictionChange {
        @Override
        public List<Long> articleIds() {
            return spans.stream().map(SpanValues::articleId).distinct().toList();
        }

        @Override
        public String action() {
            return "created";
        }

        @Override
        public String done() {
            return "linked a contradiction";
        }
    }

    public record ContradictionExtended(long projectId, long contradictionId, List<SpanValues> added,
                                        List<Long> articleIds, long byUserId) implements ContradictionChange {
        @Override
        public String action() {
            return "spans-added";
        }
    }

    public record ContradictionSpanRemoved(long projectId, long contradictionId, SpanValues span, long byUserId)
            implements ContradictionChange {
        @Override
        public List<Long> articleIds() {
            return List.of(span.articleId());
        }

        @Override
        public String action() {
            return "span-removed";
        }
    }

    public record ContradictionStatusChanged(long projectId, long contradictionId, ContradictionStatus from,
                                             ContradictionStatus to, String reason, List<Long> articleIds,
                                             long byUserId) implements ContradictionChange {
        @Override
        public String action() {
            return "status-changed";
        }
    }
}
