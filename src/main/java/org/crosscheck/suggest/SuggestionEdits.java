package org.crosscheck.suggest;

import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.review.ContradictionCategory;

import java.math.BigDecimal;

/**
 * What a reviewer changed before accepting: any field left null keeps the proposed value. A figure's
 * proposed range becomes its low end with "at least" unless the reviewer says otherwise.
 */
public record SuggestionEdits(String speaker, BigDecimal value, FigureQualifier qualifier, String counted, String unit,
                              ContradictionCategory category, String note) {

    public static SuggestionEdits none() {
        return new SuggestionEdits(null, null, null, null, null, null, null);
    }
}
