package org.crosscheck.suggest;

import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.review.ContradictionCategory;

import java.math.BigDecimal;

/** A suggestion's values as events carry them (before and after a reviewer's decision). */
public record SuggestionValues(SuggestionStatus status, String speaker, BigDecimal value, BigDecimal valueMax,
                               FigureQualifier qualifier, String unit, String counted, ContradictionCategory category,
                               String note) {

    /** Values as written (the columns keep four decimals: 317 comes back as 317.0000). */
    public SuggestionValues {
        value = AnnotationFields.asWritten(value);
        valueMax = AnnotationFields.asWritten(valueMax);
    }
}
