package org.crosscheck.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.crosscheck.article.BodyDetector;
import org.crosscheck.base.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines of one uploaded page, each ticked when it belongs to the article: the detected body is
 * ticked, and what was left out says why. The importer confirms, or ticks and unticks lines first.
 */
class BodyReviewDialog extends Dialog {

    BodyReviewDialog(String fileName, BodyDetector.DetectedBody detected, Consumer<BodyDetector.DetectedBody> apply) {
        setHeaderTitle("Article body of " + Texts.abbreviate(fileName, 60));
        setWidth("52rem");
        setId("body-review");
        add(new Paragraph("Ticked lines are imported as the article's text. What was left out says why; tick a "
                + "line to keep it after all."));
        List<Checkbox> boxes = new ArrayList<>();
        Div lines = new Div();
        lines.addClassName("body-lines");
        for (BodyDetector.Line line : detected.lines()) {
            Checkbox box = new Checkbox(Texts.abbreviate(line.text(), 220), line.kept());
            box.addClassName(line.kept() ? "body-kept" : "body-left-out");
            Div row = new Div(box);
            row.addClassName("body-line");
            if (!line.kept()) {
                Span reason = new Span(line.reason());
                reason.addClassName("muted");
                row.add(reason);
            }
            boxes.add(box);
            lines.add(row);
        }
        add(lines);
        Button done = new Button("Apply", e -> {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).getValue()) {
                    keep.add(i);
                }
            }
            apply.accept(detected.keeping(keep));
            close();
        });
        done.setId("apply-body");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), done);
    }
}
