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
        grid.addColumn(m -> m.user().displayName()).setHeader(getTranslation("project.form.name")).setFlexGrow(2);
        grid.addColumn(m -> m.user().username()).setHeader(getTranslation("project.members.column.username")).setFlexGrow(1);
        if (lead) {
            grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("project.members.column.role")).setFlexGrow(1);
            grid.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        } else {
            grid.addColumn(m -> RoleNames.of(m.role())).setHeader(getTranslation("project.members.column.role")).setFlexGrow(1);
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
        ComboBox<UserSummary> user = new ComboBox<>(getTranslation("project.members.person"));
        user.setId("member-user");
        user.setPlaceholder(getTranslation("project.members.username-placeholder"));
        user.setHelperText(getTranslation("project.members.person-help", AccountService.MIN_SEARCH_LENGTH));
        // Searched on the server as the user types: the list of all accounts never reaches the browser.
        user.setItems(query -> accounts.findForMembership(query.getFilter().orElse("")).stream()
                .filter(u -> !memberIds.contains(u.id()))
                .skip(query.getOffset()).limit(query.getLimit()));
        user.setItemLabelGenerator(u -> Texts.isolate(u.displayName()) + " (" + u.username() + ")");
        user.setWidth("22rem");
        Select<ProjectRole> role = new Select<>();
        role.setLabel(getTranslation("project.members.column.role"));
        role.setId("member-role");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(RoleNames::of);
        role.setValue(ProjectRole.REVIEWER);
        Button add = new Button(getTranslation("project.members.add"), e -> {
            if (user.isEmpty()) {
                user.setInvalid(true);
                user.setErrorMessage(getTranslation("project.members.choose-person"));
                return;
            }
            MemberSummary m = projects.setMember(projectId, user.getValue().username(), role.getValue());
            Notifications.success(getTranslation("project.members.now." + m.role().name(), Texts.isolate(m.user().displayName())));
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
        select.setItemLabelGenerator(RoleNames::of);
        select.setValue(m.role());
        select.setAriaLabel(getTranslation("project.members.role-of", m.user().displayName()));
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                MemberSummary changed = projects.setMember(projectId, m.user().username(), e.getValue());
                Notifications.success(getTranslation("project.members.now." + changed.role().name(),
                        Texts.isolate(changed.user().displayName())));
            } catch (DomainException refused) {
                select.setValue(e.getOldValue());
                throw refused;
            }
        });
        return select;
    }

    private Component removeButton(MemberSummary m) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("project.members.remove.title", Texts.isolate(m.user().displayName())),
                    getTranslation("project.members.remove.text", Texts.isolate(m.user().displayName()), m.user().username()),
                    getTranslation("base.action.remove"), ok -> {
                projects.removeMember(projectId, m.user().id());
                Notifications.success(getTranslation("project.members.removed", Texts.isolate(m.user().displayName())));
                refresh();
            });
            confirm.setId("confirm-remove-member");
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        remove.addClassName("remove-member");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setTooltipText(getTranslation("project.members.remove.tooltip"));
        remove.setAriaLabel(getTranslation("project.members.remove.aria", m.user().displayName()));
        return remove;
    }

    private void refresh() {
        List<MemberSummary> members = projects.members(projectId);
        memberIds = members.stream().map(m -> m.user().id()).collect(Collectors.toSet());
        grid.setItems(members);
    }
}
