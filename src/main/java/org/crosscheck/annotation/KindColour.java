package org.crosscheck.annotation;

/**
 * The colours a project's kinds are drawn in: each a highlight for light and one for dark mode,
 * chosen so that text on it keeps at least 4.5:1 contrast in both and so that none is mistaken for
 * a built-in kind's (amber quotes, blue figures, green notes) or for another of the list.
 * styles.css holds the same values as {@code .pal-<name>} (KindColourTest checks they agree).
 */
public enum KindColour {
    ROSE("Rose", "rgba(225, 80, 140, 0.26)", "rgba(240, 110, 170, 0.30)"),
    VIOLET("Violet", "rgba(120, 90, 240, 0.22)", "rgba(150, 120, 255, 0.30)"),
    TEAL("Teal", "rgba(20, 170, 170, 0.26)", "rgba(40, 200, 200, 0.26)"),
    ORANGE("Orange", "rgba(240, 110, 30, 0.28)", "rgba(255, 130, 60, 0.28)"),
    OLIVE("Olive", "rgba(130, 140, 20, 0.28)", "rgba(170, 180, 40, 0.28)"),
    SLATE("Slate", "rgba(90, 110, 140, 0.26)", "rgba(150, 170, 200, 0.26)"),
    BROWN("Brown", "rgba(150, 90, 40, 0.26)", "rgba(200, 140, 90, 0.28)"),
    MAGENTA("Magenta", "rgba(220, 30, 220, 0.28)", "rgba(245, 90, 245, 0.36)");

    private final String label;
    private final String light;
    private final String dark;

    KindColour(String label, String light, String dark) {
        this.label = label;
        this.light = light;
        this.dark = dark;
    }

    public String label() {
        return label;
    }

    /** The highlight on a light page, as CSS. */
    public String light() {
        return light;
    }

    /** The highlight on a dark page, as CSS. */
    public String dark() {
        return dark;
    }

    /** The CSS class that paints a highlight, badge or button in this colour. */
    public String cssClass() {
        return "pal-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
