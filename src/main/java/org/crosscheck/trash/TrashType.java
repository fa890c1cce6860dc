package org.crosscheck.trash;

/** What a trashed item is. */
public enum TrashType {
    ANNOTATION("Annotation"),
    /** One side of a contradiction, taken out of it (contradictions themselves are dismissed, never deleted). */
    CONTRADICTION_SPAN("Contradiction side"),
    ARTICLE("Article");

    private final String label;

    TrashType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
