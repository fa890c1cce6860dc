package org.crosscheck.annotation;

/** What a span of text is marked as. */
public enum AnnotationKind {
    QUOTE("Quote", "q"),
    FIGURE("Figure", "f"),
    NOTE("Note", "n"),
    /** One of the project's own kinds; its {@link KindDescription} says which. */
    CUSTOM("Own kind", "");

    private final String label;
    private final String shortcut;

    AnnotationKind(String label, String shortcut) {
        this.label = label;
        this.shortcut = shortcut;
    }

    public String label() {
        return label;
    }

    /** The key that marks the current selection as this kind in the reader. */
    public String shortcut() {
        return shortcut;
    }

    /** The CSS class the reader gives highlights of this kind. */
    public String cssClass() {
        return "k-" + name().toLowerCase();
    }
}
