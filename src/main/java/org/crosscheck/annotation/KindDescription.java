package org.crosscheck.annotation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a kind of annotation is, read by everything that shows, checks, exports or imports an
 * annotation: its id ("QUOTE", "FIGURE", "NOTE", or "kind-12" for a project's own), name, colour, key
 * in the reader and fields. The built-in kinds are described here; a project's kinds are stored
 * ({@link ProjectKind}). Adding a field to a built-in kind is adding it to the list below: its value
 * is stored with the annotation's other field values, and the dialog, API, exports and audit read it
 * from this description.
 */
public record KindDescription(String id, String name, KindColour colour, String shortcut, boolean builtIn,
                              List<KindField> fields, long version) {

    /** The prefix of a project kind's id: "kind-12" is the project kind stored with id 12. */
    public static final String PROJECT_KIND_PREFIX = "kind-";

    public static final KindDescription QUOTE = builtIn(AnnotationKind.QUOTE,
            KindField.of("speaker", "Speaker", FieldType.PERSON, true),
            KindField.of("note", "Remark", FieldType.TEXT, false));
    public static final KindDescription FIGURE = builtIn(AnnotationKind.FIGURE,
            KindField.choice("qualifier", "Qualifier", false, FigureQualifier.labels()),
            KindField.of("value", "Value", FieldType.NUMBER, true),
            KindField.of("counts", "What it counts", FieldType.TEXT, true),
            KindField.of("unit", "Unit", FieldType.TEXT, false),
            KindField.of("note", "Remark", FieldType.TEXT, false));
    public static final KindDescription NOTE = builtIn(AnnotationKind.NOTE,
            KindField.of("note", "Note", FieldType.TEXT, true));

    public static final List<KindDescription> BUILT_IN = List.of(QUOTE, FIGURE, NOTE);

    public KindDescription {
        fields = List.copyOf(fields);
    }

    private static KindDescription builtIn(AnnotationKind kind, KindField... fields) {
        return new KindDescription(kind.name(), kind.label(), null, kind.shortcut(), true, List.of(fields), 0);
    }

    /** The built-in kind's description. */
    public static KindDescription of(AnnotationKind kind) {
        return switch (kind) {
            case QUOTE -> QUOTE;
            case FIGURE -> FIGURE;
            case NOTE -> NOTE;
            case CUSTOM -> throw new IllegalArgumentException("a project kind is described by its project");
        };
    }

    /** The stored project kind's id for "kind-12"; empty for a built-in kind or anything else. */
    public static Optional<Long> projectKindId(String id) {
        if (id == null || !id.startsWith(PROJECT_KIND_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id.substring(PROJECT_KIND_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** QUOTE, FIGURE or NOTE for the built-in kinds; CUSTOM for a project's own. */
    public AnnotationKind kind() {
        return builtIn ? AnnotationKind.valueOf(id) : AnnotationKind.CUSTOM;
    }

    /** The stored kind's id, null for a built-in kind. */
    public Long projectKindId() {
        return projectKindId(id).orElse(null);
    }

    /** The fields offered for new annotations: all but those removed from the kind. */
    public List<KindField> activeFields() {
        return fields.stream().filter(f -> !f.archived()).toList();
    }

    public Optional<KindField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The fields a built-in kind stores beside its own columns (none until one is added to the list above). */
    public List<KindField> addedFields() {
        return builtIn ? fields.stream().filter(f -> !AnnotationFields.COLUMNS.contains(f.key())).toList() : fields;
    }

    /** The name the reader and the lists use for the marks: "quote", "figure", "note" or "kind-12". */
    public String markKind() {
        return builtIn ? id.toLowerCase(Locale.ROOT) : id;
    }

    /** The CSS classes that paint this kind's highlights, badges and buttons. */
    public String cssClass() {
        return builtIn ? "k-" + markKind() : "k-" + markKind() + " " + colour.cssClass();
    }

    /** One line saying what the fields say: the speaker, the figure, the note, or a project kind's values. */
    public String summary(AnnotationFields values) {
        String added = addedFields().stream()
                .filter(f -> values.value(f.key()) != null)
                .map(f -> f.label() + (f.archived() ? " (archived)" : "") + ": " + values.value(f.key()))
                .collect(Collectors.joining(" · "));
        if (!builtIn) {
            return added;
        }
        String own = values.summary(kind());
        return added.isEmpty() ? own : (own == null ? "" : own + " · ") + added;
    }
}
