package org.crosscheck.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.project.MemberSummary;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's members. A lead adds people (the picker offers only those not yet members), changes
 * a member's role in their row, and removes members after confirming.
 */
public class MembersPanel extends VerticalLayout {

    private final long projectId;
    private final ProjectService projects;
    private final Grid<MemberSummary> grid = new Grid<>();
    private Set<Long> memberIds = Set.of();

    public MembersPanel(long projectId, ProjectService projects, ProjectAccess access, AccountService accounts) {
        this.projectId = projectId;
        this.projects = projects;
        setPadding(false);
        boolean lead = access.canLead(projectId);

        grid.setId("members");
        grid.addColumn(m -> m.user().displayName()).setHeader("Name").setFlexGrow(2);
        grid.addColumn(m -> m.user().username()).setHeader("User name").setFlexGrow(1);
        if (lead) {
            grid.addComponentColumn(this::roleSelect).setHeader("Role").setFlexGrow(1);
            grid.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addColumn(m -> m.role().label()).setHeader("Role").setFlexGrow(1);
        }
        // A project's members are few and loaded at once; the list shows them all.
        grid.setAllRowsVisible(true);

        if (lead) {
            add(addForm(accounts));
        }
        add(grid);
        refresh();
    }

    private Component addForm(AccountService accounts) {
        ComboBox<UserSummary> user = new ComboBox<>("Person");
        user.setId("member-user");
        user.setPlaceholder("Username");
        user.setHelperText("Type their exact username, or at least " + AccountService.MIN_SEARCH_LENGTH
                + " letters of it to search.");
        // Searched on the server as the user types: the list of all accounts never reaches the browser.
        user.setItems(query -> accounts.findForMembership(query.getFilter().orElse("")).stream()
                .filter(u -> !memberIds.contains(u.id()))
                .skip(query.getOffset()).limit(query.getLimit()));
        user.setItemLabelGenerator(u -> Texts.isolate(u.displayName()) + " (" + u.username() + ")");
        user.setWidth("22rem");
        Select<ProjectRole> role = new Select<>();
        role.setLabel("Role");
        role.setId("member-role");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(ProjectRole::label);
        role.setValue(ProjectRole.REVIEWER);
        Button add = new Button("Add", e -> {
            if (user.isEmpty()) {
                user.setInvalid(true);
                user.setErrorMessage("Choose a person first.");
                return;
            }
            MemberSummary m = projects.setMember(projectId, user.getValue().username(), role.getValue());
            Notifications.success(Texts.isolate(m.user().displayName()) + " is now " + m.role().label().toLowerCase() + ".");
            user.clear();
            user.setInvalid(false);
            refresh();
        });
        add.setId("add-member");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(user, role, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** The member's role, changed in place; a refusal (the last lead) puts the old role back. */
    private Component roleSelect(MemberSummary m) {
        Select<ProjectRole> select = new Select<>();
        select.addClassName("member-role-select");
        select.setItems(ProjectRole.values());
        select.setItemLabelGenerator(ProjectRole::label);
        select.setValue(m.role());
        select.setAriaLabel("Role of " + m.user().displayName());
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                MemberSummary changed = projects.setMember(projectId, m.user().username(), e.getValue());
                Notifications.success(Texts.isolate(changed.user().displayName()) + " is now "
                        + changed.role().label().toLowerCase() + ".");
            } catch (DomainException refused) {
                select.setValue(e.getOldValue());
                throw refused;
            }
        });
        return select;
    }

    private Component removeButton(MemberSummary m) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog("Remove " + Texts.isolate(m.user().displayName()) + "?",
                    Texts.isolate(m.user().displayName()) + " (" + m.user().username() + ") will no longer see this "
                            + "project. What they marked stays.", "Remove", ok -> {
                projects.removeMember(projectId, m.user().id());
                Notifications.success(Texts.isolate(m.user().displayName()) + " is no longer a member.");
                refresh();
            });
            confirm.setId("confirm-remove-member");
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        remove.addClassName("remove-member");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setTooltipText("Remove from project");
        remove.setAriaLabel("Remove " + m.user().displayName());
        return remove;
    }

    private void refresh() {
        List<MemberSummary> members = projects.members(projectId);
        memberIds = members.stream().map(m -> m.user().id()).collect(Collectors.toSet());
        grid.setItems(members);
    }
}
