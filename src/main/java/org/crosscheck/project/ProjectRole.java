package org.crosscheck.project;

/** What a member may do in one project. */
public enum ProjectRole {
    /** Manages the project's articles and members, and may edit or delete any annotation. */
    LEAD("Lead"),
    /** Annotates, and checks others' work: approves it, sends it back for a change, or rejects it. */
    CHECKER("Checker"),
    /** Annotates; edits and deletes their own annotations. */
    REVIEWER("Reviewer"),
    /** Reads only. */
    OBSERVER("Observer");

    private final String label;

    ProjectRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canAnnotate() {
        return this != OBSERVER;
    }

    /** May approve, send back or reject annotations and contradictions (a lead, or a checker). */
    public boolean canCheck() {
        return this == LEAD || this == CHECKER;
    }
}
