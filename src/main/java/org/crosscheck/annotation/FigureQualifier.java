package org.crosscheck.annotation;

import org.crosscheck.base.DomainException;

import java.math.BigDecimal;
import java.util.Optional;

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

    /** The labels of all qualifiers, in order: the choices a figure's qualifier field offers. */
    public static java.util.List<String> labels() {
        return java.util.Arrays.stream(values()).map(FigureQualifier::label).toList();
    }

    /** The qualifier with this label (ignoring case), or with this name. */
    public static java.util.Optional<FigureQualifier> fromLabel(String label) {
        return java.util.Arrays.stream(values())
                .filter(q -> q.label.equalsIgnoreCase(label) || q.name().equalsIgnoreCase(label)).findFirst();
    }

    public String label() {
        return label;
    }

    /**
     * Why {@code value} cannot go with this qualifier, if it cannot. A hedge bounds an amount:
     * "almost 0", "more than -5" or "about -3" are not claims a reader could check against another
     * article, so a hedged value must be positive; the direction of a fall or a loss belongs in what
     * the figure counts ("fall in GDP, %"). An exact value may be zero or negative (-20 °C).
     */
    public Optional<DomainException> problemWith(BigDecimal value) {
        if (this == NONE || value == null || value.signum() > 0) {
            return Optional.empty();
        }
        return Optional.of(DomainException.of("annotation.error.hedge-positive." + name()));
    }
}
