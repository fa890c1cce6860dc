package org.crosscheck.annotation;

import org.crosscheck.account.UserSummary;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Locale;

/** An annotation as views and listeners see it, with its author. */
public record AnnotationDetails(long id, long projectId, long articleId, AnnotationKind kind, TextSpan span,
                             AnnotationFields fields, UserSummary author, Instant createdAt, Instant updatedAt,
                             long version, String origin, KindDescription description) {

    /** One line describing the annotation: the speaker, the figure, the note, or a project kind's values. */
    public String summary() {
        return description.summary(fields);
    }

    /** "Quote", "Figure", "Note" or the project kind's name. */
    public String kindName() {
        return description.name();
    }

    /** 1000 → "1,000", 12.5000 → "12.5": as a reader writes numbers. */
    public static String formatValue(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }
}
