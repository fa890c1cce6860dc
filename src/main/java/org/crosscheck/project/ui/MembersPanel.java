package org.crosscheck.project.ui;

import org.crosscheck.base.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.project.MemberSummary;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;

/** A project's members; a lead adds people, changes roles and removes members here. */
public class MembersPanel extends VerticalLayout {

    private final long projectId;
    private final ProjectService projects;
    private final Grid<MemberSummary> grid = new Grid<>();

    public MembersPanel(long projectId, ProjectService projects, ProjectAccess access, AccountService accounts) {
        this.projectId = projectId;
        this.projects = projects;
        setPadding(false);
        boolean lead = access.canLead(projectId);

        grid.setId("members");
        grid.addColumn(m -> m.user().displayName()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(m -> m.user().username()).setHeader("User name").setFlexGrow(1);
        grid.addColumn(m -> m.role().label()).setHeader("Role").setFlexGrow(1);
        if (lead) {
            grid.addComponentColumn(m -> {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    projects.removeMember(projectId, m.user().id());
                    Notifications.success(Texts.isolate(m.user().displayName()) + " is no longer a member.");
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setTooltipText("Remove from project");
                remove.setAriaLabel("Remove " + m.user().displayName());
                return remove;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);

        if (lead) {
            ComboBox<UserSummary> user = new ComboBox<>("Person");
            user.setId("member-user");
            user.setPlaceholder("Username");
            user.setHelperText("Type their exact username, or at least " + AccountService.MIN_SEARCH_LENGTH
                    + " letters of it to search.");
            // Searched on the server as the user types: the list of all accounts never reaches the browser.
            user.setItems(query -> accounts.findForMembership(query.getFilter().orElse(""))
                    .stream().skip(query.getOffset()).limit(query.getLimit()));
            user.setItemLabelGenerator(u -> Texts.isolate(u.displayName()) + " (" + u.username() + ")");
            user.setWidth("22rem");
            Select<ProjectRole> role = new Select<>();
            role.setLabel("Role");
            role.setId("member-role");
            role.setItems(ProjectRole.values());
            role.setItemLabelGenerator(ProjectRole::label);
            role.setValue(ProjectRole.REVIEWER);
            Button add = new Button("Add or change role", e -> {
                if (user.isEmpty()) {
                    Notifications.hint("Choose a person first.");
                    return;
                }
                MemberSummary m = projects.setMember(projectId, user.getValue().username(), role.getValue());
                Notifications.success(Texts.isolate(m.user().displayName()) + " is now " + m.role().label().toLowerCase() + ".");
                user.clear();
                refresh();
            });
            add.setId("add-member");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout form = new HorizontalLayout(user, role, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(projects.members(projectId));
    }
}
