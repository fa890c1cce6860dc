package org.crosscheck.suggest;

import java.time.Instant;

/** How a computation of suggestions goes: RUNNING (articles done of total), DONE (how many proposed) or FAILED. */
public record SuggestionRunDetails(long id, long projectId, String status, int articlesTotal, int articlesDone,
                                   int proposed, Instant startedAt, Instant finishedAt, String error) {

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
