package org.crosscheck.exchange;

import java.util.List;

/**
 * What an import did: the project it went into, what it brought, how many annotations were
 * re-anchored by their quote (their position no longer held it), and the ones it could not place.
 */
public record ImportSummary(long projectId, String format, int articles, long annotations, long comments,
                            int contradictions, int reanchored, List<Orphan> orphans, List<String> notes) {

    /** An annotation left out, never placed on other words: its id in the file, its quote, why. */
    public record Orphan(String id, String exact, String reason) {
    }
}
