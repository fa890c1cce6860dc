package org.crosscheck.annotation.ui;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindField;
import org.crosscheck.base.i18n.I18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.stream.Collectors;

/**
 * The names of kinds and of their fields as a screen shows them: a built-in kind's (Quote, Figure,
 * Note) in the window's language, a project's own kind as its lead wrote it.
 */
public final class KindNames {

    private KindNames() {
    }

    public static String of(KindDescription kind) {
        return kind.builtIn() ? I18n.t("annotation.kind." + kind.id() + ".name") : kind.name();
    }

    /**
     * A field's name: those the built-in kinds are described with in the window's language; any
     * other (a project kind's, or one added to a built-in kind's description later) as labelled.
     */
    public static String field(KindDescription kind, KindField field) {
        boolean described = kind.builtIn() && KindDescription.of(kind.kind()).field(field.key()).isPresent();
        return described ? I18n.t("annotation.kind." + kind.id() + ".field." + field.key()) : field.label();
    }

    /**
     * A figure's qualifier in the window's language. The stored value, exports and the API keep the
     * English label ({@link FigureQualifier#label()}); only the screen translates it.
     */
    public static String qualifier(FigureQualifier qualifier) {
        return I18n.t("annotation.qualifier." + qualifier.name());
    }

    /** 1000 → "1,000" (English) or "1.000" (German), 12.5000 → "12.5" / "12,5": as a reader writes numbers. */
    public static String number(BigDecimal value) {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(I18n.locale())).format(value);
    }

    /** {@link AnnotationDetails#summary()} as the window's language writes it. */
    public static String summary(AnnotationDetails annotation) {
        return summary(annotation.description(), annotation.fields());
    }

    /**
     * {@link KindDescription#summary} with the qualifier, the number and the built-in field names in
     * the window's language; what the user typed stays as typed.
     */
    public static String summary(KindDescription kind, AnnotationFields values) {
        String added = kind.addedFields().stream()
                .filter(f -> values.value(f.key()) != null)
                .map(f -> (f.archived() ? I18n.t("annotation.field.archived", field(kind, f)) : field(kind, f)) + ": "
                        + values.value(f.key()))
                .collect(Collectors.joining(" · "));
        if (!kind.builtIn()) {
            return added;
        }
        String own = kind.kind() == AnnotationKind.FIGURE ? figure(values) : values.summary(kind.kind());
        return added.isEmpty() ? own : (own == null ? "" : own + " · ") + added;
    }

    private static String figure(AnnotationFields f) {
        String qualifier = f.figureQualifier() == null || f.figureQualifier() == FigureQualifier.NONE ? ""
                : qualifier(f.figureQualifier()) + " ";
        String unit = f.figureUnit() == null ? "" : " " + f.figureUnit();
        return qualifier + (f.figureValue() == null ? "?" : number(f.figureValue())) + unit + " " + f.figureCounts();
    }
}
