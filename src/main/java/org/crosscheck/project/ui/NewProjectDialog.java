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
        setHeaderTitle("New project");
        TextField name = new TextField("Name");
        name.setId("project-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setPlaceholder("e.g. Kazakhstan unrest, January 2022");
        TextArea description = new TextArea("Description");
        description.setMaxLength(2000);
        FormLayout form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        setWidth("32rem");

        Button save = new Button("Create", e -> {
            ProjectSummary created = projects.create(name.getValue(), description.getValue());
            close();
            onCreated.accept(created);
        });
        save.setId("create-project");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), save);
        name.focus();
    }
}
