package org.crosscheck.annotation.ui;

import org.crosscheck.base.Texts;
import org.crosscheck.base.ui.DialogFocus;
import org.crosscheck.base.ui.TypedTextGuard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.FieldType;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindField;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.i18n.Messages;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.annotation.FigureGuess;
import org.crosscheck.annotation.FigureQualifier;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The fields of a quote, a figure or a note, for a new annotation or an existing one. The dialog
 * stays open when the service refuses the input, so nothing typed is lost.
 */
public class AnnotationDialog extends Dialog implements BeforeLeaveObserver {

    private final KindDescription kind;
    private final TextField speaker = new TextField();
    private final BigDecimalField value = new BigDecimalField();
    private final Select<FigureQualifier> qualifier = new Select<>();
    private final TextField counts = new TextField();
    private final TextField unit = new TextField();
    private final TextArea note = new TextArea();
    private long expectedVersion;
    private final TypedTextGuard typedText;
    private final Binder<BuiltInFields> binder = new Binder<>(BuiltInFields.class);
    /** The fields the kind's description adds to the built-in ones (all of a project kind's), by key. */
    private final Map<String, HasValue<?, String>> added = new LinkedHashMap<>();
    private Button save;

    /** The fields the built-in kinds keep in columns, as the binder edits them. */
    public record BuiltInFields(String speaker, BigDecimal figureValue, FigureQualifier figureQualifier,
                                String figureCounts, String figureUnit, String note) {
        static BuiltInFields of(AnnotationFields f) {
            return new BuiltInFields(f.speaker(), f.figureValue(), f.figureQualifier() == null ? FigureQualifier.NONE
                    : f.figureQualifier(), f.figureCounts(), f.figureUnit(), f.note());
        }
    }
    private static final BigDecimal MAX_VALUE = new BigDecimal("1E16");

    /** A new annotation of {@code kind} on {@code exact}: {@code onSave} stores it. */
    public AnnotationDialog(KindDescription kind, String exact, Consumer<AnnotationFields> onSave) {
        this(kind, exact, null, false, -1, (fields, version) -> onSave.accept(fields));
    }

    /**
     * A new annotation of {@code kind} on {@code exact} whose fields start as {@code proposed}: those
     * of a pending suggestion on the same words, which saving takes over. Every field stays editable.
     */
    public AnnotationDialog(KindDescription kind, String exact, AnnotationFields proposed,
                            Consumer<AnnotationFields> onSave) {
        this(kind, exact, proposed, false, -1, (fields, version) -> onSave.accept(fields));
    }

    /**
     * Edits an annotation read at {@code version}. If someone saved it meanwhile, the dialog stays
     * open with the user's input and the other version in the message; saving again then replaces
     * the other version knowingly, with the version the refusal reported.
     */
    public AnnotationDialog(KindDescription kind, String exact, AnnotationFields existing, long version,
                            BiConsumer<AnnotationFields, Long> onSave) {
        this(kind, exact, existing, true, version, onSave);
    }

    private AnnotationDialog(KindDescription kind, String exact, AnnotationFields initial, boolean editing, long version,
                             BiConsumer<AnnotationFields, Long> onSave) {
        this.kind = kind;
        this.expectedVersion = version;
        setId("annotation-dialog");
        setHeaderTitle(title(kind, editing));
        setWidth("34rem");

        Div quoted = new Div(Texts.abbreviate(exact, 400));
        quoted.addClassName("selected-text");
        quoted.setId("selected-text");
        add(quoted);
        if (!editing && initial != null) {
            Div proposed = new Div(getTranslation("annotation.dialog.proposed"));
            proposed.addClassName("muted");
            proposed.setId("proposed-fields");
            add(proposed);
        }

        speaker.setId("field-speaker");
        speaker.setMaxLength(300);
        speaker.setLabel(getTranslation("annotation.kind.QUOTE.field.speaker"));
        speaker.setPlaceholder(getTranslation("annotation.dialog.speaker-placeholder"));
        value.setId("field-value");
        value.setLabel(getTranslation("annotation.kind.FIGURE.field.value"));
        qualifier.setId("field-qualifier");
        qualifier.setLabel(getTranslation("annotation.kind.FIGURE.field.qualifier"));
        qualifier.setItems(FigureQualifier.values());
        // Shown in the window's language; the enum is what is stored.
        qualifier.setItemLabelGenerator(KindNames::qualifier);
        qualifier.setValue(FigureQualifier.NONE);
        counts.setId("field-counts");
        counts.setMaxLength(300);
        counts.setLabel(getTranslation("annotation.kind.FIGURE.field.counts"));
        counts.setPlaceholder(getTranslation("annotation.dialog.counts-placeholder"));
        unit.setId("field-unit");
        unit.setMaxLength(100);
        unit.setLabel(getTranslation("annotation.kind.FIGURE.field.unit"));
        unit.setPlaceholder(getTranslation("annotation.dialog.unit-placeholder"));
        note.setId("field-note");
        note.setMaxLength(4000);
        note.setLabel(getTranslation(kind.kind() == AnnotationKind.NOTE ? "annotation.kind.NOTE.field.note"
                : "annotation.dialog.remark-optional"));
        note.setWidthFull();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        bind();
        binder.readRecord(BuiltInFields.of(initial == null ? new AnnotationFields(null, null, null, null, null, null)
                : initial));
        switch (kind.kind()) {
            case QUOTE -> form.add(speaker, 2);
            case FIGURE -> {
                form.add(qualifier, value);
                form.add(counts, 2);
                form.add(unit);
                if (initial == null) {
                    FigureGuess.of(exact).ifPresent(g -> {
                        value.setValue(g.value());
                        qualifier.setValue(g.qualifier());
                    });
                }
            }
            case NOTE, CUSTOM -> {
                // only the note, or only the kind's own fields
            }
        }
        if (kind.builtIn()) {
            form.add(note, 2);
        }
        for (KindField field : kind.addedFields()) {
            String value = initial == null ? null : initial.value(field.key());
            if (field.archived()) {
                if (value != null) {
                    TextField shown = new TextField(getTranslation("annotation.field.archived", KindNames.field(kind, field)));
                    shown.setValue(value);
                    shown.setReadOnly(true);
                    form.add(shown, 2);
                }
                continue;
            }
            Component input = input(field, value);
            form.add(input, 2);
        }
        add(form);

        save = new Button(getTranslation("base.action.save"), e -> {
            boolean addedValid = addedValid();
            Optional<AnnotationFields> fields = valid();
            if (fields.isEmpty() || !addedValid) {
                return;
            }
            try {
                onSave.accept(fields.get(), expectedVersion);
            } catch (ConcurrentEditException conflict) {
                expectedVersion = conflict.currentVersion();
                String yours = KindNames.summary(kind, fields.get());
                throw new ConcurrentEditException(getTranslation("annotation.dialog.conflict",
                        conflict.message(getLocale()), yours == null ? "" : yours), conflict.currentVersion());
            }
            close();
        });
        save.setId("save-annotation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A field sends what it holds on change (blur or Enter), not while typing; Ctrl+Enter in a
        // text area is neither, so the shortcut first blurs and refocuses the field to send it.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        if (kind.kind() != AnnotationKind.NOTE) {
            save.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        }
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
        cancel.setId("cancel-annotation");
        getFooter().add(cancel, save);
        // The keyboard goes where the user types first: after Q, F or N they type at once.
        DialogFocus.whenOpen(firstField());
        // A reload, closing the tab or leaving the page would drop what the user typed: each asks first.
        typedText = new TypedTextGuard(this);
    }

    /** "New quote", "Edit figure", "Edit claim": English writes a project kind's name in lower case there. */
    private String title(KindDescription kind, boolean editing) {
        String name = Messages.ENGLISH.equals(Messages.supported(getLocale())) ? kind.name().toLowerCase() : kind.name();
        return getTranslation((editing ? "annotation.dialog.edit." : "annotation.dialog.new.") + kind.kind().name(), name);
    }

    /** Browser Back or a link while something is typed here asks first (a reload is asked by the browser). */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        typedText.beforeLeave(event);
    }

    /**
     * Every field bound to {@link AnnotationFields}; the kind decides which are required. What is
     * wrong shows on the field; the service checks everything again.
     */
    private void bind() {
        // "Required" is checked on what the field shows, so it comes before the conversion of "" to null.
        required(binder.forField(speaker), kind.kind() == AnnotationKind.QUOTE,
                getTranslation("annotation.error.speaker-required"))
                .withNullRepresentation("").bind("speaker");
        Binder.Binding<BuiltInFields, BigDecimal> valueBinding = required(binder.forField(value),
                kind.kind() == AnnotationKind.FIGURE, getTranslation("annotation.error.value-required"))
                .withValidator(v -> v == null || v.abs().compareTo(MAX_VALUE) < 0, getTranslation("annotation.dialog.value-max"))
                .withValidator(v -> v == null || v.stripTrailingZeros().scale() <= 4,
                        getTranslation("annotation.dialog.value-decimals"))
                .withValidator((v, context) -> qualifierOrNone().problemWith(v)
                        .map(problem -> ValidationResult.error(problem.message(getLocale())))
                        .orElseGet(ValidationResult::ok))
                .bind("figureValue");
        // The value's check depends on the qualifier: choosing another one checks the value again.
        qualifier.addValueChangeListener(e -> {
            if (!value.isEmpty() || value.isInvalid()) {
                valueBinding.validate();
            }
        });
        binder.forField(qualifier).bind("figureQualifier");
        required(binder.forField(counts), kind.kind() == AnnotationKind.FIGURE,
                getTranslation("annotation.error.counts-required"))
                .withNullRepresentation("").bind("figureCounts");
        binder.forField(unit).withNullRepresentation("").bind("figureUnit");
        required(binder.forField(note), kind.kind() == AnnotationKind.NOTE,
                getTranslation("annotation.error.note-required"))
                .withNullRepresentation("").bind("note");
    }

    private static <V> Binder.BindingBuilder<BuiltInFields, V> required(Binder.BindingBuilder<BuiltInFields, V> field,
                                                                           boolean required, String message) {
        return required ? field.asRequired(message) : field;
    }

    private FigureQualifier qualifierOrNone() {
        return qualifier.getValue() == null ? FigureQualifier.NONE : qualifier.getValue();
    }

    private Optional<AnnotationFields> valid() {
        try {
            BuiltInFields f = binder.writeRecord();
            Map<String, String> values = new LinkedHashMap<>();
            added.forEach((key, input) -> {
                String v = input.getValue();
                if (v != null && !v.isBlank()) {
                    values.put(key, v);
                }
            });
            return Optional.of(new AnnotationFields(f.speaker(), f.figureValue(), f.figureQualifier(), f.figureCounts(),
                    f.figureUnit(), f.note(), values));
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** Each added field checked as the service will check it, the message on the field. */
    private boolean addedValid() {
        boolean valid = true;
        for (KindField field : kind.addedFields()) {
            HasValue<?, String> input = added.get(field.key());
            if (input == null) {
                continue;
            }
            HasValidation shown = (HasValidation) input;
            try {
                field.clean(input.getValue());
                shown.setInvalid(false);
            } catch (DomainException e) {
                shown.setErrorMessage(e.message(getLocale()));
                shown.setInvalid(true);
                valid = false;
            }
        }
        return valid;
    }

    /** The input for one of the kind's own fields: a text field, or a list to choose from. */
    private Component input(KindField field, String value) {
        String id = "field-" + field.key(); // not translated: an element id
        String name = KindNames.field(kind, field);
        String label = field.required() ? name : getTranslation("annotation.field.optional", name);
        if (field.type() == FieldType.CHOICE || field.type() == FieldType.YES_NO) {
            Select<String> select = new Select<>();
            select.setLabel(label);
            select.setId(id);
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add("");
            items.addAll(field.type() == FieldType.YES_NO ? java.util.List.of("yes", "no") : field.choices());
            // A value the kind no longer offers (a lead changed the list) is kept unless the user picks another.
            boolean kept = value != null && !items.contains(value);
            if (kept) {
                items.add(value);
            }
            select.setItems(items);
            select.setItemLabelGenerator(v -> v.isEmpty() ? "—"
                    : kept && v.equals(value) ? getTranslation("annotation.field.no-longer-offered", v)
                    : field.type() == FieldType.YES_NO ? getTranslation(v.equals("yes") ? "annotation.field.yes"
                    : "annotation.field.no") : v);
            select.setValue(value == null ? "" : value);
            select.setWidthFull();
            added.put(field.key(), select);
            return select;
        }
        TextField text = new TextField(label);
        text.setId(id);
        text.setMaxLength(FieldType.MAX_LENGTH);
        text.setWidthFull();
        if (field.type() == FieldType.NUMBER) {
            text.setPlaceholder(getTranslation("annotation.field.number-placeholder"));
        } else if (field.type() == FieldType.PERSON) {
            text.setPlaceholder(getTranslation("annotation.field.person-placeholder"));
        }
        text.setValue(value == null ? "" : value);
        added.put(field.key(), text);
        return text;
    }

    private Component firstField() {
        return switch (kind.kind()) {
            case QUOTE -> speaker;
            case FIGURE -> counts;
            case NOTE -> note;
            case CUSTOM -> added.isEmpty() ? save
                    : (Component) added.values().iterator().next();
        };
    }

}
