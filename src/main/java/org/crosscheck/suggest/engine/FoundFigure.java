package org.crosscheck.suggest.engine;

import org.crosscheck.annotation.FigureQualifier;

import java.math.BigDecimal;

/**
 * A figure found in one article: {@code [start, end)} holds the number with its qualifier and unit
 * ("more than 1,000", "dozens", "a two-fold"); {@code value} is the number, or the low end of a range
 * ("dozens" is 24 to 99, "between 30 and 40" 30 to 40) whose high end is {@code valueMax};
 * {@code counted} what it counts as the text says it ("police officers killed"), {@code topic} the
 * same thing as figures of other articles are matched on ("deaths (police)"), null when the text does
 * not say; {@code update} when the sentence reports a change over time ("the toll rose to 164").
 */
public record FoundFigure(int start, int end, String exact, BigDecimal value, BigDecimal valueMax,
                          FigureQualifier qualifier, String unit, String counted, String topic, boolean update,
                          double confidence) {

    /** The lowest and highest amount the figure allows, as read: "more than 300" is above 300, "almost 1,000" 900 to 1,000. */
    double low() {
        double v = value.doubleValue();
        return switch (qualifier) {
            case MORE_THAN -> Math.nextUp(v);
            case ALMOST -> v * 0.9;
            case ABOUT -> v * 0.9;
            case AT_MOST -> 0;
            default -> v;
        };
    }

    double high() {
        double v = valueMax == null ? value.doubleValue() : valueMax.doubleValue();
        return switch (qualifier) {
            case MORE_THAN, AT_LEAST -> Double.POSITIVE_INFINITY;
            case ALMOST -> Math.nextDown(v);
            case ABOUT -> v * 1.1;
            default -> v;
        };
    }

    /** How the figure reads in an explanation: "more than 1,000", "24–99 %". */
    public String claim() {
        return claim(value, valueMax, qualifier, unit);
    }

    /** How a figure reads: its qualifier, value or range, and unit. */
    public static String claim(BigDecimal value, BigDecimal valueMax, FigureQualifier qualifier, String unit) {
        String q = qualifier == null || qualifier == FigureQualifier.NONE ? "" : qualifier.label() + " ";
        String v = valueMax == null ? plain(value) : plain(value) + "–" + plain(valueMax);
        return q + v + (unit == null ? "" : " " + unit);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "?" : String.format(java.util.Locale.ROOT, "%,f", v).replaceAll("\\.?0+$", "");
    }
}
