package org.crosscheck.reader.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.base.ui.DialogFocus;
import org.crosscheck.review.ContradictionDetails;

import java.util.List;
import java.util.function.Consumer;

/**
 * Asks before an annotation is deleted. Nothing is lost silently: when contradictions have a span
 * on its words, the user decides whether those spans go too ({@code onDelete} gets true) or stay
 * with their own anchor (false). Every delete button is red and none has the focus: Enter cancels.
 */
final class DeleteAnnotationDialog extends ConfirmDialog {

    DeleteAnnotationDialog(AnnotationDetails a, List<ContradictionDetails> linked, Consumer<Boolean> onDelete) {
        String what = Words.kindInSentence(a.description(), getLocale());
        setId("confirm-delete");
        setHeader(getTranslation("reader.delete.title", what));
        setCancelable(true);
        setConfirmButtonTheme("error primary");
        if (linked.isEmpty()) {
            setText(getTranslation("reader.delete.text", a.span().exact()));
            setConfirmButton(getTranslation("base.action.delete"), e -> onDelete.accept(false));
        } else {
            setText(getTranslation("reader.delete.text-linked", a.span().exact(), linked.size(),
                    linked.getFirst().headline(), what));
            setConfirmButton(getTranslation("reader.delete.remove-from-contradiction"), e -> onDelete.accept(true));
            setRejectable(true);
            setRejectButton(getTranslation("reader.delete.keep-in-contradiction"), e -> onDelete.accept(false));
            setRejectButtonTheme("error tertiary"); // not translated: theme names
        }
        // A confirm dialog focuses its confirm button, so Enter would destroy: the focus goes to Cancel,
        // and deleting is always a deliberate click (or Tab to it).
        DialogFocus.whenOpen(this, "[slot='cancel-button']");
    }
}
