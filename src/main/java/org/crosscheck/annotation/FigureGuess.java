package org.crosscheck.annotation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first guess at the figure in a selected span ("More than 1,000 people" → more than, 1000), to
 * pre-fill the form; the reviewer confirms or corrects it.
 */
public record FigureGuess(BigDecimal value, FigureQualifier qualifier) {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");

    public static Optional<FigureGuess> of(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        String before = text.substring(0, m.start()).toLowerCase(Locale.ROOT);
        FigureQualifier qualifier = FigureQualifier.NONE;
        if (before.matches("(?s).*\\b(more than|over|upwards of)\\s*$")) {
            qualifier = FigureQualifier.MORE_THAN;
        } else if (before.matches("(?s).*\\b(almost|nearly)\\s*$")) {
            qualifier = FigureQualifier.ALMOST;
        } else if (before.matches("(?s).*\\b(at least)\\s*$")) {
            qualifier = FigureQualifier.AT_LEAST;
        } else if (before.matches("(?s).*\\b(about|around|some|approximately|roughly)\\s*$")) {
            qualifier = FigureQualifier.ABOUT;
        } else if (before.matches("(?s).*\\b(at most|up to|fewer than|less than)\\s*$")) {
            qualifier = FigureQualifier.AT_MOST;
        }
        return Optional.of(new FigureGuess(value, qualifier));
    }
}
