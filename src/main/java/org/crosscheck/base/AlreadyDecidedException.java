package org.crosscheck.base;

import java.time.Duration;
import java.time.Instant;

/**
 * Refused because someone else already settled the thing (accepted or rejected a suggestion): the
 * API answers 409. When the service knows who settled it and when, {@link #told()} says so as a
 * screen would ("Tom Okafor accepted this 2 s ago."); nothing was decided by the refused request.
 */
public class AlreadyDecidedException extends DomainException {

    private final String decidedBy;
    private final String decision;
    private final Instant decidedAt;
    private final Instant refusedAt;

    public AlreadyDecidedException(String userMessage) {
        this(userMessage, null, null, null, null);
    }

    /**
     * @param decidedBy who settled it, as a sentence names them ("Tom Okafor", "You"); null if unknown
     * @param decision  what they did, as a past verb ("accepted")
     * @param decidedAt when; null if unknown
     * @param refusedAt now, by the refusing service's clock
     */
    public AlreadyDecidedException(String userMessage, String decidedBy, String decision, Instant decidedAt,
                                   Instant refusedAt) {
        super(userMessage);
        this.decidedBy = decidedBy;
        this.decision = decision;
        this.decidedAt = decidedAt;
        this.refusedAt = refusedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decision() {
        return decision;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    /** "Tom Okafor accepted this 2 s ago.", or the message when who or when is not known. */
    public String told() {
        if (decidedBy == null || decision == null || decidedAt == null || refusedAt == null) {
            return getMessage();
        }
        return decidedBy + " " + decision + " this " + Texts.ago(Duration.between(decidedAt, refusedAt)) + ".";
    }
}
