package org.crosscheck.reader.ui;

import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionFilter;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.SpanRef;

import java.util.List;
import java.util.function.Consumer;

/** Links the selected spans as a new contradiction, or adds them to an existing one. */
class LinkContradictionDialog extends Dialog {

    private static final String NEW = "New contradiction";
    private static final String EXISTING = "Add to an existing one";

    LinkContradictionDialog(long projectId, List<SpanRef> spans, List<String> texts, ContradictionService service,
                            Consumer<ContradictionDetails> onSaved) {
        setId("link-dialog");
        setHeaderTitle("Contradiction");
        setWidth("36rem");
        for (String text : texts) {
            Div quoted = new Div("“" + text + "”");
            quoted.addClassName("selected-text");
            add(quoted);
        }

        RadioButtonGroup<String> mode = new RadioButtonGroup<>();
        mode.setId("link-mode");
        mode.setItems(NEW, EXISTING);
        mode.setValue(NEW);

        Select<ContradictionCategory> category = new Select<>();
        category.setId("link-category");
        category.setLabel("Category");
        category.setItems(ContradictionCategory.values());
        category.setItemLabelGenerator(ContradictionCategory::label);
        category.setValue(ContradictionCategory.FIGURE_MISMATCH);
        category.setWidthFull();
        TextArea note = new TextArea("Note");
        note.setId("link-note");
        note.setWidthFull();
        note.setMaxLength(4000);
        note.setPlaceholder("What disagrees, and how you know");

        ComboBox<ContradictionDetails> existing = new ComboBox<>("Contradiction");
        existing.setId("link-existing");
        existing.setWidthFull();
        // Searched on the server as the user types (note and span texts), a page at a time.
        existing.setItems(query -> service.page(projectId, ContradictionFilter.all().containing(query.getFilter().orElse(null)),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        existing.setItemLabelGenerator(ContradictionDetails::headline);
        existing.setVisible(false);

        mode.addValueChangeListener(e -> {
            boolean fresh = NEW.equals(e.getValue());
            category.setVisible(fresh);
            note.setVisible(fresh);
            existing.setVisible(!fresh);
        });
        add(mode, category, note, existing);

        Button save = new Button("Save", e -> {
            ContradictionDetails saved;
            if (NEW.equals(mode.getValue())) {
                saved = service.create(projectId, category.getValue(), note.getValue(), spans);
            } else if (existing.getValue() == null) {
                existing.setInvalid(true);
                existing.setErrorMessage("Choose the contradiction to add the spans to.");
                return;
            } else {
                saved = service.addSpans(existing.getValue().id(), spans);
            }
            close();
            onSaved.accept(saved);
        });
        save.setId("save-contradiction");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
