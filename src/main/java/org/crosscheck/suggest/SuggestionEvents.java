package org.crosscheck.suggest;

import org.crosscheck.base.LiveChange;

import java.util.ArrayList;
import java.util.List;

/** What the suggestions feature tells audit and open views. */
public final class SuggestionEvents {

    private SuggestionEvents() {
    }

    /** Every suggestion event concerns the project and the articles it touches: their readers redraw. */
    public sealed interface SuggestionChange extends LiveChange
            permits SuggestionsComputed, SuggestionDecision {
        List<Long> articleIds();

        @Override
        default List<String> topics() {
            List<String> topics = new ArrayList<>();
            topics.add(LiveChange.project(projectId()));
            articleIds().forEach(id -> topics.add(LiveChange.article(id)));
            return topics;
        }
    }

    /** A reviewer's decision on one suggestion. */
    public sealed interface SuggestionDecision extends SuggestionChange
            permits SuggestionAccepted, SuggestionRejected, SuggestionTakenOver {
        long suggestionId();

        @Override
        default String subjectType() {
            return "suggestion";
        }

        @Override
        default long subjectId() {
            return suggestionId();
        }
    }

    /** A run replaced the project's pending suggestions, and its near-duplicates, with new ones. */
    public record SuggestionsComputed(long projectId, long runId, List<Long> articleIds, int quotes, int figures,
                                      int contradictions, int nearDuplicates, long byUserId) implements SuggestionChange {
        @Override
        public String subjectType() {
            return "suggestions";
        }

        @Override
        public long subjectId() {
            return runId;
        }

        @Override
        public String action() {
            return "computed";
        }
    }

    /** Accepted, possibly with edited values; the annotation or contradiction made from it has its own event. */
    public record SuggestionAccepted(long projectId, long suggestionId, SuggestionKind kind, List<Long> articleIds,
                                     SuggestionValues before, SuggestionValues after, Long annotationId,
                                     Long contradictionId, long byUserId) implements SuggestionDecision {
        @Override
        public String action() {
            return "accepted";
        }

        @Override
        public String done() {
            return "accepted a suggested " + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record SuggestionRejected(long projectId, long suggestionId, SuggestionKind kind, List<Long> articleIds,
                                     SuggestionValues before, SuggestionValues after, long byUserId)
            implements SuggestionDecision {
        @Override
        public String action() {
            return "rejected";
        }

        @Override
        public String done() {
            return "rejected a suggested " + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Resolved by a mark or link someone made by hand on its words (of its kind): accepted as that
     * annotation or contradiction, whose own event says what was made.
     */
    public record SuggestionTakenOver(long projectId, long suggestionId, SuggestionKind kind, List<Long> articleIds,
                                      SuggestionValues before, SuggestionValues after, Long annotationId,
                                      Long contradictionId, long byUserId) implements SuggestionDecision {
        @Override
        public String action() {
            return "taken-over";
        }

        @Override
        public String done() {
            return "took over a suggested " + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
