package org.crosscheck.exchange;

import java.util.List;

/**
 * What an import did: the project it went into, what it brought, how many annotations were
 * re-anchored by their quote (their position no longer held it), the ones it could not place, and
 * what it skipped because it was already there (importing the same file twice changes nothing).
 */
public record ImportSummary(long projectId, String format, int articles, long annotations, long comments,
                            int contradictions, int reanchored, List<Orphan> orphans, List<String> notes,
                            long annotationsAlreadyThere, long commentsAlreadyThere, int contradictionsAlreadyThere) {

    /** An import that found nothing already there (a bundle into an empty project). */
    public ImportSummary(long projectId, String format, int articles, long annotations, long comments,
                         int contradictions, int reanchored, List<Orphan> orphans, List<String> notes) {
        this(projectId, format, articles, annotations, comments, contradictions, reanchored, orphans, notes, 0, 0, 0);
    }

    /** An annotation left out, never placed on other words: its id in the file, its quote, why. */
    public record Orphan(String id, String exact, String reason) {
    }
}
