package org.crosscheck.annotation;

import java.util.List;

/**
 * A kind as a lead defines or changes it. A field with the key of an existing field is that field
 * (renamed, retyped); one without a key is new; an existing field left out is archived, never
 * dropped, so the annotations that hold a value for it keep it.
 */
public record KindDraft(String name, KindColour colour, String shortcut, List<FieldDraft> fields) {

    public KindDraft {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public record FieldDraft(String key, String label, FieldType type, boolean required, List<String> choices) {
        public FieldDraft {
            // One line each, without control characters: what a user picks must match what is offered.
            choices = choices == null ? List.of() : choices.stream().filter(java.util.Objects::nonNull)
                    .map(org.crosscheck.base.Texts::singleLine).map(String::strip).filter(c -> !c.isEmpty())
                    .distinct().toList();
            label = label == null ? null : org.crosscheck.base.Texts.singleLine(label).strip();
        }

        public static FieldDraft of(KindField field) {
            return new FieldDraft(field.key(), field.label(), field.type(), field.required(), field.choices());
        }
    }

    /** The draft of an existing kind, for editing: its active fields. */
    public static KindDraft of(KindDescription kind) {
        return new KindDraft(kind.name(), kind.colour(), kind.shortcut(),
                kind.activeFields().stream().map(FieldDraft::of).toList());
    }
}
