package org.crosscheck.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.crosscheck.account.UserSummary;
import org.crosscheck.article.ArticleListEntry;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;

import java.util.Set;

/** A lead gives the selected articles to one or more members who may annotate. */
class AssignDialog extends Dialog {

    AssignDialog(long projectId, Set<ArticleListEntry> articles, ArticleWorkflow workflow, Runnable afterAssign) {
        setId("assign-dialog");
        setHeaderTitle(articles.size() == 1 ? getTranslation("article.assign.title-one", articles.iterator().next().title())
                : getTranslation("article.assign.title-many", articles.size()));
        setWidth("30rem");
        MultiSelectComboBox<UserSummary> who = new MultiSelectComboBox<>(getTranslation("article.assign.reviewers"));
        who.setId("assign-to");
        who.setItems(workflow.assignable(projectId));
        who.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        who.setWidthFull();
        who.setHelperText(getTranslation("article.assign.reviewers-help"));
        Div note = new Div(getTranslation("article.assign.note"));
        note.addClassName("muted");
        add(who, note);
        Button assign = new Button(getTranslation("article.assign.save"), e -> {
            if (who.getValue().isEmpty()) {
                who.setErrorMessage(getTranslation("article.assign.choose"));
                who.setInvalid(true);
                return;
            }
            try {
                int added = workflow.assign(projectId, articles.stream().map(ArticleListEntry::id).toList(),
                        who.getValue().stream().map(UserSummary::id).toList());
                Notifications.success(added == 0 ? getTranslation("article.assign.none-added")
                        : getTranslation("article.assign.done", added));
                close();
                afterAssign.run();
            } catch (DomainException refused) {
                who.setErrorMessage(refused.message(I18n.locale()));
                who.setInvalid(true);
            }
        });
        assign.setId("assign-save");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
        getFooter().add(cancel, assign);
    }
}
