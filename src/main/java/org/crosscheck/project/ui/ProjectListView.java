package org.crosscheck.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;

/** The projects the user belongs to; the start page after signing in. */
@Route("")
@PermitAll
public class ProjectListView extends VerticalLayout implements HasDynamicTitle {

    ProjectListView(ProjectService projects, org.crosscheck.account.AccountService accounts, Pages pages) {
        addClassName("page");
        H2 title = new H2(getTranslation("project.list.heading"));
        Button create = new Button(getTranslation("project.new.title"), VaadinIcon.PLUS.create(),
                e -> new NewProjectDialog(projects, created ->
                        getUI().ifPresent(ui -> pages.go(ui, pages.project(created.id())))).open());
        create.setId("new-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importProject = new Button(getTranslation("project.list.import"), VaadinIcon.UPLOAD_ALT.create(),
                e -> getUI().ifPresent(ui -> pages.go(ui, pages.importProject())));
        importProject.setId("import-project");
        importProject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(importProject, create);
        // Where only administrators and project creators may create projects, the others are not offered it.
        boolean mayCreate = accounts.mayCreateProjects();
        actions.setVisible(mayCreate);
        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        Grid<ProjectSummary> grid = new Grid<>();
        grid.setId("projects");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProjectSummary::name).setHeader(getTranslation("project.list.column.project")).setFlexGrow(3);
        grid.addColumn(p -> p.description() == null ? "" : p.description()).setHeader(getTranslation("project.form.description")).setFlexGrow(4);
        grid.addColumn(RoleNames::of).setHeader(getTranslation("project.list.column.role")).setFlexGrow(1);
        grid.setItems(query -> projects.myProjects(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> pages.go(ui, pages.project(e.getItem().id()))));
        // Lazily loaded as it scrolls, so it takes the page's height instead of showing every row.
        grid.setHeight("32rem");
        grid.setEmptyStateText(getTranslation(mayCreate ? "project.list.empty.may-create" : "project.list.empty"));

        add(header, new Paragraph(getTranslation("project.list.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.list.title") + " · Crosscheck"; // not translated: the product's name
    }
}
