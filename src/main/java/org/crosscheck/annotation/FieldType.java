package org.crosscheck.annotation;

import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What a field of a kind holds, and how a value typed into it is checked. Values are kept as text
 * (a number as it was written, a choice as its label, yes/no as "yes" or "no") so that changing a
 * kind's definition never makes a stored value unreadable.
 */
public enum FieldType {
    TEXT("Text"),
    NUMBER("Number"),
    CHOICE("Choice from a list"),
    YES_NO("Yes / no"),
    PERSON("Person");

    /** A field's value, at most this long (a line; the note of the built-in kinds takes more). */
    public static final int MAX_LENGTH = 300;

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The value as stored, null when empty; refused with a message naming the field when it does not
     * fit the type. A choice must be one of {@code choices} (compared ignoring case, stored as listed).
     */
    String clean(String value, String fieldLabel, List<String> choices) {
        String v = Texts.optionalLine(value, MAX_LENGTH, fieldLabel);
        if (v == null) {
            return null;
        }
        return switch (this) {
            case TEXT, PERSON -> v;
            case NUMBER -> {
                try {
                    BigDecimal number = new BigDecimal(v.replace(",", ""));
                    if (AnnotationFields.outOfRange(number.stripTrailingZeros())) {
                        throw DomainException.of("annotation.error.field-out-of-range", fieldLabel);
                    }
                    yield AnnotationFields.asWritten(number).toPlainString();
                } catch (NumberFormatException e) {
                    throw DomainException.of("annotation.error.field-number", fieldLabel);
                }
            }
            case CHOICE -> choices.stream().filter(c -> c.equalsIgnoreCase(v)).findFirst()
                    .orElseThrow(() -> DomainException.of("annotation.error.field-choice", fieldLabel, String.join(", ", choices)));
            case YES_NO -> switch (v.toLowerCase(Locale.ROOT)) {
                case "yes", "true" -> "yes";
                case "no", "false" -> "no";
                default -> throw DomainException.of("annotation.error.field-yes-no", fieldLabel);
            };
        };
    }
}
