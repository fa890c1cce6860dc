package org.crosscheck.suggest;

import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.FigureQualifier;

import org.crosscheck.suggest.engine.FoundFigure;

import java.math.BigDecimal;

/**
 * A proposed figure's fields: the value, or the low end of a range up to {@code valueMax} ("dozens"
 * is 24–99), the qualifier, the unit, what it counts, and the topic it is matched on across articles.
 */
public record SuggestedFigure(BigDecimal value, BigDecimal valueMax, FigureQualifier qualifier, String unit,
                              String counted, String topic) {

    /** Values as written (the columns keep four decimals: 317 comes back as 317.0000). */
    public SuggestedFigure {
        value = AnnotationFields.asWritten(value);
        valueMax = AnnotationFields.asWritten(valueMax);
    }

    /** "more than 1,000", "24–99 %": the figure as it reads, without what it counts. */
    public String claim() {
        return FoundFigure.claim(value, valueMax, qualifier, unit);
    }
}
