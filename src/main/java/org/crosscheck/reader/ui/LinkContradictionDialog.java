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
import org.crosscheck.annotation.FigureGuess;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionFilter;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.SpanRef;

import java.util.List;
import java.util.function.Consumer;

/** Links the selected spans as a new contradiction, or adds them to an existing one. */
class LinkContradictionDialog extends Dialog {

    /** The two ways to link, as the radio buttons name them. */
    private static final String NEW = "new";
    private static final String EXISTING = "existing";

    /** A span picked to link: where it is (the outlet), its words, and its kind when taken from an annotation. */
    record Picked(SpanRef ref, String source, String exact, AnnotationKind kind) {

        boolean isFigure() {
            return kind == AnnotationKind.FIGURE || (kind == null && FigureGuess.of(exact).isPresent());
        }
    }

    /** Two figures disagree on a number; two quotes on wording; anything else is for the user to say. */
    static ContradictionCategory suggestedCategory(List<Picked> picked) {
        if (picked.stream().allMatch(Picked::isFigure)) {
            return ContradictionCategory.FIGURE_MISMATCH;
        }
        if (picked.stream().allMatch(p -> p.kind() == AnnotationKind.QUOTE)) {
            return ContradictionCategory.QUOTE_WORDING;
        }
        return ContradictionCategory.OTHER;
    }

    LinkContradictionDialog(long projectId, List<Picked> picked, ContradictionService service,
                            Consumer<ContradictionDetails> onSaved) {
        setId("link-dialog");
        setHeaderTitle(getTranslation("reader.link.title"));
        setWidth("36rem");
        List<SpanRef> spans = picked.stream().map(Picked::ref).toList();
        for (Picked p : picked) {
            Div source = new Div(p.source());
            source.addClassName("selected-source");
            Div quoted = new Div("“" + p.exact() + "”");
            quoted.addClassName("selected-text");
            add(source, quoted);
        }

        RadioButtonGroup<String> mode = new RadioButtonGroup<>();
        mode.setId("link-mode");
        mode.setItems(NEW, EXISTING);
        mode.setItemLabelGenerator(m -> getTranslation("reader.link.mode." + m));
        mode.setValue(NEW);

        Select<ContradictionCategory> category = new Select<>();
        category.setId("link-category");
        category.setLabel(getTranslation("reader.link.category"));
        category.setItems(ContradictionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("reader.contradiction.category." + c.name()));
        category.setValue(suggestedCategory(picked));
        category.setWidthFull();
        TextArea note = new TextArea(getTranslation("reader.link.note"));
        note.setId("link-note");
        note.setWidthFull();
        note.setMaxLength(4000);
        note.setPlaceholder(getTranslation("reader.link.note-placeholder"));

        ComboBox<ContradictionDetails> existing = new ComboBox<>(getTranslation("reader.link.existing"));
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

        Button save = new Button(getTranslation("base.action.save"), e -> {
            ContradictionDetails saved;
            if (NEW.equals(mode.getValue())) {
                saved = service.create(projectId, category.getValue(), note.getValue(), spans);
            } else if (existing.getValue() == null) {
                existing.setInvalid(true);
                existing.setErrorMessage(getTranslation("reader.link.choose-existing"));
                return;
            } else {
                saved = service.addSpans(existing.getValue().id(), spans);
            }
            close();
            onSaved.accept(saved);
        });
        save.setId("save-contradiction");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
    }
}
