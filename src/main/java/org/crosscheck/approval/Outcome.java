package org.crosscheck.approval;

/** What a checker decided about one annotation or contradiction. */
public enum Outcome {
    APPROVED("Approved", "approved"),
    NEEDS_CHANGE("Needs change", "sent back"),
    REJECTED("Rejected", "rejected");

    private final String label;
    private final String verb;

    Outcome(String label, String verb) {
        this.label = label;
        this.verb = verb;
    }

    public String label() {
        return label;
    }

    /** "approved", "sent back", "rejected": what a live notice says the checker did. */
    public String verb() {
        return verb;
    }

    /** Whether the decision needs the checker's words (what to change, why not). */
    public boolean needsComment() {
        return this != APPROVED;
    }
}
