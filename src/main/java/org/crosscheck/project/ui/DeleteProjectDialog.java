package org.crosscheck.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.crosscheck.base.Texts;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;

/**
 * Deleting a project takes everything in it, so the lead types its name first: the Delete button
 * is enabled only when the name matches (and the service checks it again).
 */
public class DeleteProjectDialog extends Dialog {

    public DeleteProjectDialog(ProjectSummary project, ProjectService projects, Runnable onDeleted) {
        setId("delete-project-dialog");
        setHeaderTitle(getTranslation("project.delete.title"));
        setWidth("34rem");
        add(new Paragraph(getTranslation("project.delete.text", Texts.isolate(project.name()))));
        TextField typed = new TextField(getTranslation("project.delete.type-name"));
        typed.setId("delete-project-name");
        typed.setWidthFull();
        add(typed);
        Button delete = new Button(getTranslation("project.delete.confirm"), e -> {
            projects.delete(project.id(), typed.getValue());
            Notifications.success(getTranslation("project.delete.done", Texts.isolate(project.name())));
            close();
            onDeleted.run();
        });
        delete.setId("confirm-delete-project");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        typed.addValueChangeListener(e -> delete.setEnabled(e.getValue().strip().equals(project.name())));
        getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), delete);
    }
}
