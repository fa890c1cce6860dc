package org.crosscheck.annotation;

import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;

import java.util.List;
import java.util.Optional;

/**
 * One field of a kind: a stable key (values are stored under it, so renaming the label keeps them),
 * a label, a type, whether it is required, the choices of a choice list, and whether it was removed
 * from the kind (archived: kept and shown on the annotations that have it, offered for no new ones).
 */
public record KindField(String key, String label, FieldType type, boolean required, List<String> choices,
                        boolean archived) {

    public KindField {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static KindField of(String key, String label, FieldType type, boolean required) {
        return new KindField(key, label, type, required, List.of(), false);
    }

    public static KindField choice(String key, String label, boolean required, List<String> choices) {
        return new KindField(key, label, FieldType.CHOICE, required, choices, false);
    }

    KindField archive() {
        return new KindField(key, label, type, false, choices, true);
    }

    /** The value as stored, checked against the field's type and whether it is required. */
    public String clean(String value) {
        String v = type.clean(value, label, choices);
        if (v == null && required && !archived) {
            throw DomainException.of("annotation.error.field-required", label);
        }
        return v;
    }

    /** Why this definition cannot be saved (the refusal), if it cannot: a label, and choices for a choice list. */
    Optional<DomainException> problem() {
        if (label == null || label.isBlank()) {
            return refused("annotation.error.field-name-required");
        }
        if (label.strip().length() > 60) {
            return refused("annotation.error.field-name-too-long");
        }
        if (type == null) {
            return refused("annotation.error.field-type-required", Texts.abbreviate(label, 40));
        }
        if (type == FieldType.CHOICE && choices.stream().filter(c -> !c.isBlank()).count() < 2) {
            return refused("annotation.error.field-choices-two", Texts.abbreviate(label, 40));
        }
        if (choices.size() > 50 || choices.stream().anyMatch(c -> c.length() > 100)) {
            return refused("annotation.error.field-choices-too-many");
        }
        if (choices.stream().anyMatch(c -> c.contains(","))) {
            // The form lists choices separated by commas: one with a comma would come back as two.
            return refused("annotation.error.field-choice-comma");
        }
        return Optional.empty();
    }

    /** A refusal of the kind's fields, shown on the dialog's list of fields. */
    private static Optional<DomainException> refused(String key, Object... args) {
        return Optional.of(DomainException.onField("fields", key, args));
    }
}
