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
        String what = a.kind().label().toLowerCase();
        setId("confirm-delete");
        setHeader("Delete " + what + "?");
        setCancelable(true);
        setConfirmButtonTheme("error primary");
        if (linked.isEmpty()) {
            setText("“" + a.span().exact() + "” will no longer be marked.");
            setConfirmButton("Delete", e -> onDelete.accept(false));
        } else {
            setText("“" + a.span().exact() + "” is part of " + (linked.size() == 1 ? "a contradiction" :
                    linked.size() + " contradictions") + " (" + linked.getFirst().headline() + "). Remove it from "
                    + (linked.size() == 1 ? "the contradiction" : "them") + " too? A contradiction left with fewer than "
                    + "two spans is dismissed automatically. Or keep the span in the contradiction without the " + what + ".");
            setConfirmButton("Delete and remove from contradiction", e -> onDelete.accept(true));
            setRejectable(true);
            setRejectButton("Delete, keep in contradiction", e -> onDelete.accept(false));
            setRejectButtonTheme("error tertiary");
        }
        // A confirm dialog focuses its confirm button, so Enter would destroy: the focus goes to Cancel,
        // and deleting is always a deliberate click (or Tab to it).
        DialogFocus.whenOpen(this, "[slot='cancel-button']");
    }
}
