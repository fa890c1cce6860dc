package org.crosscheck.annotation.ui;

import org.crosscheck.base.Texts;
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
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.FigureGuess;
import org.crosscheck.annotation.FigureQualifier;

import java.util.function.Consumer;

/**
 * The fields of a quote, a figure or a note, for a new annotation or an existing one. The dialog
 * stays open when the service refuses the input, so nothing typed is lost.
 */
public class AnnotationDialog extends Dialog {

    private final AnnotationKind kind;
    private final TextField speaker = new TextField("Speaker");
    private final BigDecimalField value = new BigDecimalField("Value");
    private final Select<FigureQualifier> qualifier = new Select<>();
    private final TextField counts = new TextField("What it counts");
    private final TextField unit = new TextField("Unit");
    private final TextArea note = new TextArea();

    public AnnotationDialog(AnnotationKind kind, String exact, AnnotationFields existing, Consumer<AnnotationFields> onSave) {
        this.kind = kind;
        setId("annotation-dialog");
        setHeaderTitle((existing == null ? "New " : "Edit ") + kind.label().toLowerCase());
        setWidth("34rem");

        Div quoted = new Div(Texts.abbreviate(exact, 400));
        quoted.addClassName("selected-text");
        quoted.setId("selected-text");
        add(quoted);

        speaker.setId("field-speaker");
        speaker.setMaxLength(300);
        speaker.setPlaceholder("e.g. Michelle Bachelet");
        value.setId("field-value");
        qualifier.setId("field-qualifier");
        qualifier.setLabel("Qualifier");
        qualifier.setItems(FigureQualifier.values());
        qualifier.setItemLabelGenerator(FigureQualifier::label);
        qualifier.setValue(FigureQualifier.NONE);
        counts.setId("field-counts");
        counts.setMaxLength(300);
        counts.setPlaceholder("e.g. police officers killed");
        unit.setId("field-unit");
        unit.setMaxLength(100);
        unit.setPlaceholder("optional, e.g. km, USD");
        note.setId("field-note");
        note.setMaxLength(4000);
        note.setLabel(kind == AnnotationKind.NOTE ? "Note" : "Remark (optional)");
        note.setWidthFull();

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        switch (kind) {
            case QUOTE -> {
                speaker.setRequired(true);
                form.add(speaker, 2);
            }
            case FIGURE -> {
                value.setRequiredIndicatorVisible(true);
                counts.setRequired(true);
                form.add(qualifier, value);
                form.add(counts, 2);
                form.add(unit);
                if (existing == null) {
                    FigureGuess.of(exact).ifPresent(g -> {
                        value.setValue(g.value());
                        qualifier.setValue(g.qualifier());
                    });
                }
            }
            case NOTE -> note.setRequired(true);
        }
        form.add(note, 2);
        add(form);
        if (existing != null) {
            fill(existing);
        }

        Button save = new Button("Save", e -> {
            onSave.accept(read());
            close();
        });
        save.setId("save-annotation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        if (kind != AnnotationKind.NOTE) {
            save.addClickShortcut(Key.ENTER);
        }
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-annotation");
        getFooter().add(cancel, save);
        firstField().getElement().callJsFunction("focus");
    }

    private Component firstField() {
        return switch (kind) {
            case QUOTE -> speaker;
            case FIGURE -> counts;
            case NOTE -> note;
        };
    }

    private void fill(AnnotationFields f) {
        speaker.setValue(f.speaker() == null ? "" : f.speaker());
        value.setValue(f.figureValue());
        qualifier.setValue(f.figureQualifier() == null ? FigureQualifier.NONE : f.figureQualifier());
        counts.setValue(f.figureCounts() == null ? "" : f.figureCounts());
        unit.setValue(f.figureUnit() == null ? "" : f.figureUnit());
        note.setValue(f.note() == null ? "" : f.note());
    }

    private AnnotationFields read() {
        return switch (kind) {
            case QUOTE -> AnnotationFields.quote(speaker.getValue()).withNote(note.getValue());
            case FIGURE -> new AnnotationFields(null, value.getValue(), qualifier.getValue(), counts.getValue(),
                    unit.getValue(), note.getValue());
            case NOTE -> AnnotationFields.note(note.getValue());
        };
    }
}
