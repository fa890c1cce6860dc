package org.crosscheck.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.crosscheck.approval.ApprovalService.CheckItem;
import org.crosscheck.approval.Outcome;
import org.crosscheck.base.Texts;

import java.util.function.Function;

/**
 * The words a decision other than approval needs: what to change, or why it is rejected. They go
 * into the annotation's comment thread, where its author reads and answers them.
 */
class CommentDialog extends Dialog {

    /** {@code onSave} answers null when saved, or the message to show on the field. */
    CommentDialog(Outcome outcome, CheckItem item, Function<String, String> onSave) {
        setId("check-dialog");
        setHeaderTitle(outcome == Outcome.REJECTED ? "Reject this " + item.kindName().toLowerCase(java.util.Locale.ROOT)
                : "Send back for a change");
        setWidth("min(32rem, 95vw)");
        Paragraph what = new Paragraph("“" + Texts.abbreviate(item.text(), 160) + "”");
        what.addClassName("muted");
        TextArea words = new TextArea(outcome == Outcome.REJECTED ? "Why is it rejected?" : "What needs to change?");
        words.setId("check-words");
        words.setMaxLength(2000);
        words.setWidthFull();
        words.setHelperText(item.author() == null ? "Shown with the decision."
                : "Shown with the decision and in the comments, where " + item.author().displayName() + " can answer.");
        add(what, words);
        Button save = new Button(outcome == Outcome.REJECTED ? "Reject" : "Send back", e -> {
            if (words.getValue().isBlank()) {
                words.setErrorMessage(outcome == Outcome.REJECTED ? "Give the reason for rejecting it."
                        : "Say what needs to change.");
                words.setInvalid(true);
                return;
            }
            String refused = onSave.apply(words.getValue());
            if (refused != null) {
                words.setErrorMessage(refused);
                words.setInvalid(true);
                return;
            }
            close();
        });
        save.setId("check-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (outcome == Outcome.REJECTED) {
            save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("check-cancel");
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                words.focus();
            }
        });
    }
}
