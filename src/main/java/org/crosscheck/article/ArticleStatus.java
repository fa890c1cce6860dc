package org.crosscheck.article;

/** How far the work on an article is: it moves forward, and back with a reason. */
public enum ArticleStatus {
    TODO("To do"),
    IN_PROGRESS("In progress"),
    READY_FOR_REVIEW("Ready for review"),
    DONE("Done");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether moving here from {@code from} goes back (and so needs a reason). */
    public boolean isBackFrom(ArticleStatus from) {
        return ordinal() < from.ordinal();
    }
}
