package org.crosscheck.review;

/** What kind of disagreement a contradiction records. */
public enum ContradictionCategory {
    FIGURE_MISMATCH("Figure mismatch"),
    QUOTE_WORDING("Quote wording"),
    MISATTRIBUTION("Misattribution"),
    NAME_SPELLING("Name / spelling"),
    FACTUAL_CONFLICT("Factual conflict"),
    OTHER("Other");

    private final String label;

    ContradictionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
