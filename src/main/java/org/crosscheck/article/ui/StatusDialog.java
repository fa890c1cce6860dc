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
        setHeaderTitle(getTranslation("article.status.title", title));
        setWidth("28rem");
        Select<ArticleStatus> to = new Select<>();
        to.setLabel(getTranslation("article.status.move-to"));
        to.setId("status-to");
        to.setItems(offered);
        to.setItemLabelGenerator(s -> s == current ? getTranslation("article.status.now", StatusNames.of(s)) : StatusNames.of(s));
        to.setValue(current);
        to.setWidthFull();
        TextField reason = new TextField(getTranslation("article.status.why"));
        reason.setId("status-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setVisible(false);
        to.addValueChangeListener(e -> reason.setVisible(e.getValue() != null && e.getValue().isBackFrom(current)));
        add(to, reason);
        if (lastReason != null) {
            Div last = new Div(getTranslation("article.status.last-back", lastReason));
            last.addClassName("muted");
            add(last);
        }
        Button move = new Button(getTranslation("article.status.move"), e -> {
            ArticleStatus chosen = to.getValue();
            if (chosen == null || chosen == current) {
                close();
                return;
            }
            if (chosen.isBackFrom(current) && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("article.status.say-why"));
                reason.setInvalid(true);
                return;
            }
            close();
            onMove.accept(chosen, reason.getValue());
        });
        move.setId("status-move");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
        cancel.setId("status-cancel");
        getFooter().add(cancel, move);
    }
}
