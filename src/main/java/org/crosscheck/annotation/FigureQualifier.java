package org.crosscheck.annotation;

/** How a reported figure is hedged: "more than 1,000" and "almost 1,000" are not the same claim. */
public enum FigureQualifier {
    NONE("none (exact)"),
    MORE_THAN("more than"),
    ALMOST("almost"),
    AT_LEAST("at least"),
    ABOUT("about"),
    AT_MOST("at most");

    private final String label;

    FigureQualifier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
