package org.crosscheck.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.crosscheck.annotation.FieldType;
import org.crosscheck.annotation.KindColour;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindDraft;
import org.crosscheck.annotation.KindDraft.FieldDraft;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.i18n.I18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A lead defines or changes one of the project's kinds: name, colour, key in the reader, and its
 * fields. A field removed here is archived by the service (its values stay on the annotations that
 * have one); renaming a field keeps its values. The dialog stays open when the service refuses.
 */
class KindDialog extends Dialog {

    private final TextField name = new TextField();
    private final Select<KindColour> colour = new Select<>();
    private final TextField shortcut = new TextField();
    private final VerticalLayout fieldRows = new VerticalLayout();
    private final List<FieldRow> rows = new ArrayList<>();
    /** Rows made so far, removed ones included: each row's ids stay its own. */
    private int rowsMade;
    private final Div problem = new Div();

    /** {@code save} stores the draft and returns the kind saved; it throws a DomainException to refuse it. */
    KindDialog(KindDescription existing, Function<KindDraft, KindDescription> save, Runnable afterSave) {
        setId("kind-dialog");
        setHeaderTitle(existing == null ? getTranslation("annotation.kinds.new")
                : getTranslation("annotation.kind-dialog.edit", existing.name()));
        setWidth("44rem");

        name.setId("kind-name");
        name.setMaxLength(60);
        name.setLabel(getTranslation("annotation.kind-dialog.name"));
        name.setPlaceholder(getTranslation("annotation.kind-dialog.name-placeholder"));
        name.setRequiredIndicatorVisible(true);
        colour.setId("kind-colour");
        colour.setLabel(getTranslation("annotation.kind-dialog.colour"));
        colour.setItems(KindColour.values());
        colour.setItemLabelGenerator(KindDialog::colourName);
        colour.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(c -> {
            Span swatch = new Span(colourName(c));
            swatch.addClassNames("badge", c.cssClass());
            return swatch;
        }));
        shortcut.setId("kind-key");
        shortcut.setMaxLength(1);
        shortcut.setWidth("8rem");
        shortcut.setLabel(getTranslation("annotation.kind-dialog.key"));
        shortcut.setHelperText(getTranslation("annotation.kind-dialog.key-help"));
        FormLayout head = new FormLayout(name, colour, shortcut);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));

        fieldRows.setPadding(false);
        fieldRows.setSpacing(false);
        fieldRows.setId("kind-fields");
        Button addField = new Button(getTranslation("annotation.kind-dialog.add-field"), VaadinIcon.PLUS.create(), e -> addRow(null).label.focus());
        addField.setId("add-kind-field");
        addField.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        problem.setId("kind-problem");
        problem.addClassName("form-error");
        problem.setVisible(false);

        add(head, new H4(getTranslation("annotation.kind-dialog.fields")), fieldRows, addField, problem);

        if (existing != null) {
            name.setValue(existing.name());
            colour.setValue(existing.colour());
            shortcut.setValue(existing.shortcut() == null ? "" : existing.shortcut().toUpperCase());
            existing.activeFields().forEach(f -> addRow(FieldDraft.of(f)));
            long archived = existing.fields().size() - existing.activeFields().size();
            if (archived > 0) {
                Div note = new Div(getTranslation("annotation.kind-dialog.archived", archived));
                note.addClassName("muted");
                add(note);
            }
        } else {
            colour.setValue(KindColour.values()[0]);
        }

        Button saveButton = new Button(getTranslation("base.action.save"), e -> {
            problem.setVisible(false);
            name.setInvalid(false);
            colour.setInvalid(false);
            shortcut.setInvalid(false);
            try {
                save.apply(draft());
                close();
                afterSave.run();
            } catch (ConcurrentEditException conflict) {
                show(null, conflict.message(getLocale()));
            } catch (DomainException refused) {
                show(refused.field(), refused.message(getLocale()));
            }
        });
        saveButton.setId("save-kind");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
        cancel.setId("cancel-kind");
        getFooter().add(cancel, saveButton);
    }

    private static String colourName(KindColour colour) {
        return I18n.t("annotation.colour." + colour.name());
    }

    private void show(String field, String message) {
        if ("name".equals(field)) {
            name.setErrorMessage(message);
            name.setInvalid(true);
        } else if ("colour".equals(field)) {
            colour.setErrorMessage(message);
            colour.setInvalid(true);
        } else if ("shortcut".equals(field)) {
            shortcut.setErrorMessage(message);
            shortcut.setInvalid(true);
        } else {
            problem.setText(message);
            problem.setVisible(true);
        }
    }

    private KindDraft draft() {
        return new KindDraft(name.getValue(), colour.getValue(), shortcut.getValue(),
                rows.stream().map(FieldRow::draft).toList());
    }

    private FieldRow addRow(FieldDraft initial) {
        FieldRow row = new FieldRow(++rowsMade, initial);
        rows.add(row);
        fieldRows.add(row);
        return row;
    }

    /** One field: its name, type, whether required, and a choice list's choices. */
    private final class FieldRow extends HorizontalLayout {
        private final String key;
        private final TextField label = new TextField(getTranslation("annotation.kind-dialog.field-name"));
        private final Select<FieldType> type = new Select<>();
        private final Checkbox required = new Checkbox(getTranslation("annotation.kind-dialog.required"));
        private final TextField choices = new TextField(getTranslation("annotation.kind-dialog.choices"));

        FieldRow(int number, FieldDraft initial) {
            this.key = initial == null ? null : initial.key();
            addClassName("kind-field-row");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWidthFull();
            label.setId("kind-field-label-" + number);
            label.setMaxLength(60);
            type.setId("kind-field-type-" + number);
            type.setLabel(getTranslation("annotation.kind-dialog.type"));
            type.setItems(FieldType.values());
            type.setItemLabelGenerator(t -> I18n.t("annotation.field-type." + t.name()));
            type.setValue(FieldType.TEXT);
            required.setId("kind-field-required-" + number);
            choices.setId("kind-field-choices-" + number);
            choices.setPlaceholder(getTranslation("annotation.kind-dialog.choices-placeholder"));
            choices.setMaxLength(5000);
            choices.setVisible(false);
            type.addValueChangeListener(e -> choices.setVisible(e.getValue() == FieldType.CHOICE));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                rows.remove(this);
                fieldRows.remove(this);
            });
            remove.setId("kind-field-remove-" + number);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("annotation.kind-dialog.remove-field"));
            remove.setTooltipText(getTranslation("annotation.kind-dialog.remove-field-tooltip"));
            if (initial != null) {
                label.setValue(initial.label() == null ? "" : initial.label());
                type.setValue(initial.type());
                required.setValue(initial.required());
                choices.setValue(String.join(", ", initial.choices()));
            }
            add(label, type, choices, required, remove);
            setFlexGrow(1, label, choices);
        }

        FieldDraft draft() {
            return new FieldDraft(key, label.getValue(), type.getValue(), required.getValue(),
                    type.getValue() == FieldType.CHOICE ? Arrays.asList(choices.getValue().split(",")) : List.of());
        }
    }
}
