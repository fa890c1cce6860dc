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
import org.crosscheck.base.i18n.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines of one uploaded page, each ticked when it belongs to the article: the detected body is
 * ticked, and what was left out says why. The importer confirms, or ticks and unticks lines first.
 */
class BodyReviewDialog extends Dialog {

    BodyReviewDialog(String fileName, BodyDetector.DetectedBody detected, Consumer<BodyDetector.DetectedBody> apply) {
        setHeaderTitle(getTranslation("article.body.title", Texts.abbreviate(fileName, 60)));
        setWidth("52rem");
        setId("body-review");
        add(new Paragraph(getTranslation("article.body.intro")));
        List<Checkbox> boxes = new ArrayList<>();
        Div lines = new Div();
        lines.addClassName("body-lines");
        for (BodyDetector.Line line : detected.lines()) {
            Checkbox box = new Checkbox(Texts.abbreviate(line.text(), 220), line.kept());
            box.addClassName(line.kept() ? "body-kept" : "body-left-out");
            Div row = new Div(box);
            row.addClassName("body-line");
            if (!line.kept()) {
                Span reason = new Span(reason(line.reason()));
                reason.addClassName("muted");
                row.add(reason);
            }
            boxes.add(box);
            lines.add(row);
        }
        add(lines);
        Button done = new Button(getTranslation("article.body.apply"), e -> {
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
        getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), done);
    }

    /** Why a line was left out, in the window's language (the detector's words are English, for the API). */
    private static String reason(String english) {
        String key = BodyDetector.reasonKey(english);
        return key == null ? english : I18n.t(key);
    }
}
