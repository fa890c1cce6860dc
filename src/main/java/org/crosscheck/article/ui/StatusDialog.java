package org.crosscheck.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.crosscheck.article.ArticleStatus;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Moves an article's work to another status. Going back asks why: the reason is kept and shown
 * with the status, for whoever worked on it.
 */
class StatusDialog extends Dialog {

    StatusDialog(String title, ArticleStatus current, List<ArticleStatus> offered, String lastReason,
                 BiConsumer<ArticleStatus, String> onMove) {
        setId("status-dialog");
        setHeaderTitle("Status of “" + title + "”");
        setWidth("28rem");
        Select<ArticleStatus> to = new Select<>();
        to.setLabel("Move to");
        to.setId("status-to");
        to.setItems(offered);
        to.setItemLabelGenerator(s -> s == current ? s.label() + " (now)" : s.label());
        to.setValue(current);
        to.setWidthFull();
        TextField reason = new TextField("Why does it go back?");
        reason.setId("status-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setVisible(false);
        to.addValueChangeListener(e -> reason.setVisible(e.getValue() != null && e.getValue().isBackFrom(current)));
        add(to, reason);
        if (lastReason != null) {
            Div last = new Div("Last sent back: " + lastReason);
            last.addClassName("muted");
            add(last);
        }
        Button move = new Button("Move", e -> {
            ArticleStatus chosen = to.getValue();
            if (chosen == null || chosen == current) {
                close();
                return;
            }
            if (chosen.isBackFrom(current) && reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why, for whoever worked on it.");
                reason.setInvalid(true);
                return;
            }
            close();
            onMove.accept(chosen, reason.getValue());
        });
        move.setId("status-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("status-cancel");
        getFooter().add(cancel, move);
    }
}
