package org.crosscheck.approval;

import org.crosscheck.account.UserSummary;

import java.time.Instant;

/**
 * The latest decision on one thing: what was decided, the checker's words, by whom and when, and
 * whether it still holds ({@code current} false: the thing changed since, and waits to be checked
 * again).
 */
public record CheckState(CheckSubject subject, long subjectId, Outcome outcome, String comment, UserSummary decidedBy,
                         Instant decidedAt, boolean current) {

    /** "Approved", "Needs change", or "Changed since: needs change" once the author has acted on it. */
    public String label() {
        return current ? outcome.label() : "Changed since: " + outcome.label().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether it still needs a checker's look. */
    public boolean toCheck() {
        return !current;
    }

    public boolean approved() {
        return current && outcome == Outcome.APPROVED;
    }
}
