package org.crosscheck.review;

/** Where the review of a contradiction stands. */
public enum ContradictionStatus {
    OPEN("Open"), CONFIRMED("Confirmed"), DISMISSED("Dismissed");

    private final String label;

    ContradictionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
