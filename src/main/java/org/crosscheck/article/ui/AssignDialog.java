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
import org.crosscheck.base.ui.Notifications;

import java.util.Set;

/** A lead gives the selected articles to one or more members who may annotate. */
class AssignDialog extends Dialog {

    AssignDialog(long projectId, Set<ArticleListEntry> articles, ArticleWorkflow workflow, Runnable afterAssign) {
        setId("assign-dialog");
        setHeaderTitle("Assign " + (articles.size() == 1 ? "“" + articles.iterator().next().title() + "”"
                : articles.size() + " articles"));
        setWidth("30rem");
        MultiSelectComboBox<UserSummary> who = new MultiSelectComboBox<>("Reviewers");
        who.setId("assign-to");
        who.setItems(workflow.assignable(projectId));
        who.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        who.setWidthFull();
        who.setHelperText("Members who may annotate; observers read only.");
        Div note = new Div("They are added to whoever already works on these articles.");
        note.addClassName("muted");
        add(who, note);
        Button assign = new Button("Assign", e -> {
            if (who.getValue().isEmpty()) {
                who.setErrorMessage("Choose at least one reviewer.");
                who.setInvalid(true);
                return;
            }
            try {
                int added = workflow.assign(projectId, articles.stream().map(ArticleListEntry::id).toList(),
                        who.getValue().stream().map(UserSummary::id).toList());
                Notifications.success(added == 0 ? "They already work on these articles."
                        : "Assigned: " + added + (added == 1 ? " assignment" : " assignments") + " added.");
                close();
                afterAssign.run();
            } catch (DomainException refused) {
                who.setErrorMessage(refused.getMessage());
                who.setInvalid(true);
            }
        });
        assign.setId("assign-save");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, assign);
    }
}
