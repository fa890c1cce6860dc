package org.crosscheck.project.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;

import java.util.function.Consumer;

class NewProjectDialog extends Dialog {

    NewProjectDialog(ProjectService projects, Consumer<ProjectSummary> onCreated) {
        setHeaderTitle(getTranslation("project.new.title"));
        TextField name = new TextField(getTranslation("project.form.name"));
        name.setId("project-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setPlaceholder(getTranslation("project.new.name-placeholder"));
        TextArea description = new TextArea(getTranslation("project.form.description"));
        description.setMaxLength(2000);
        FormLayout form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        setWidth("32rem");

        Button save = new Button(getTranslation("project.new.create"), e -> {
            ProjectSummary created = projects.create(name.getValue(), description.getValue());
            close();
            onCreated.accept(created);
        });
        save.setId("create-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
        name.focus();
    }
}
