package org.crosscheck.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;

import java.util.function.Consumer;

/** A lead renames the project or describes it again. */
public class EditProjectDialog extends Dialog {

    public EditProjectDialog(ProjectSummary project, ProjectService projects, Consumer<ProjectSummary> onSaved) {
        setHeaderTitle(getTranslation("project.edit.title"));
        setWidth("32rem");
        TextField name = new TextField(getTranslation("project.form.name"));
        name.setId("edit-project-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setValue(project.name());
        TextArea description = new TextArea(getTranslation("project.form.description"));
        description.setId("edit-project-description");
        description.setMaxLength(2000);
        description.setValue(project.description() == null ? "" : project.description());
        FormLayout form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("base.action.save"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("project.edit.name-missing"));
                return;
            }
            ProjectSummary saved = projects.updateDetails(project.id(), name.getValue(), description.getValue(),
                    project.version());
            Notifications.success(getTranslation("project.edit.saved"));
            close();
            onSaved.accept(saved);
        });
        save.setId("save-project-details");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
    }
}
