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
        setHeaderTitle(outcome == Outcome.REJECTED
                ? getTranslation("approval.dialog.reject-title", CheckView.inSentence(CheckView.kindName(item)))
                : getTranslation("approval.dialog.send-back-title"));
        setWidth("min(32rem, 95vw)");
        Paragraph what = new Paragraph("“" + Texts.abbreviate(item.text(), 160) + "”");
        what.addClassName("muted");
        TextArea words = new TextArea(getTranslation(outcome == Outcome.REJECTED ? "approval.dialog.why"
                : "approval.dialog.what"));
        words.setId("check-words");
        words.setMaxLength(2000);
        words.setWidthFull();
        words.setHelperText(item.author() == null ? getTranslation("approval.dialog.shown")
                : getTranslation("approval.dialog.shown-to", item.author().displayName()));
        add(what, words);
        Button save = new Button(getTranslation(outcome == Outcome.REJECTED ? "approval.dialog.reject"
                : "approval.dialog.send-back"), e -> {
            if (words.getValue().isBlank()) {
                words.setErrorMessage(getTranslation(outcome == Outcome.REJECTED ? "approval.error.reason-rejected"
                        : "approval.error.what-to-change"));
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
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
        cancel.setId("check-cancel");
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                words.focus();
            }
        });
    }
}
