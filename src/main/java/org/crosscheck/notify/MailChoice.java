package org.crosscheck.notify;

/** Which notifications a member gets by e-mail (when the server sends e-mail at all). */
public enum MailChoice {
    EACH("Each one, when it happens"),
    DAILY("A daily digest"),
    NONE("None");

    private final String label;

    MailChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
