package org.crosscheck.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.GlobalRole;
import org.crosscheck.account.ui.PasswordFields;
import org.crosscheck.account.ProjectCreation;
import org.crosscheck.account.UserAdminService;
import org.crosscheck.account.UserAdminService.UserRow;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectService.UserMembership;
import org.crosscheck.project.ProjectSummary;
import org.springframework.data.domain.PageRequest;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Administrators manage accounts: a lazy grid of users with search; create, edit, disable and
 * enable, reset a password, grant or remove ADMIN and the project creator right, unlock; each
 * user's project memberships and roles; and who may create projects. Every action goes through
 * the services, which check the caller again and record it in the audit trail.
 */
@Route("users")
@PageTitle("Users · Crosscheck")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final UserAdminService users;
    private final ProjectService projects;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Div detail = new Div();

    UsersView(UserAdminService users, ProjectService projects) {
        this.users = users;
        this.projects = projects;
        addClassName("page");
        addClassName("users-page");
        setSizeFull();
        H2 title = new H2("Users");
        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> createDialog());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        search.setPlaceholder("Search username, name or e-mail");
        search.setId("user-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidth("22rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Select<ProjectCreation> creation = new Select<>();
        creation.setLabel("Who may create projects");
        creation.setId("project-creation");
        creation.setItems(ProjectCreation.values());
        creation.setItemLabelGenerator(c -> c == ProjectCreation.EVERYONE ? "Everyone"
                : "Administrators and project creators");
        creation.setValue(users.projectCreation());
        creation.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(null, () -> {
                    users.setProjectCreation(e.getValue());
                    return null;
                }, "Project creation: " + creation.getItemLabelGenerator().apply(e.getValue()) + ".");
            }
        });
        HorizontalLayout tools = new HorizontalLayout(search, creation);
        tools.setAlignItems(FlexComponent.Alignment.END);

        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserRow::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(u -> u.role() == GlobalRole.ADMIN ? "Administrator" : "User").setHeader("Role").setAutoWidth(true);
        grid.addColumn(UsersView::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(u -> u.lastLoginAt() == null ? "never" : WHEN.format(u.lastLoginAt()) + " UTC")
                .setHeader("Last sign-in").setAutoWidth(true);
        grid.addColumn(UserRow::projects).setHeader("Projects").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> users.page(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, users.count(search.getValue())));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setEmptyStateText("No account matches.");
        grid.setHeight("100%");
        detail.setId("user-detail");
        detail.addClassName("user-detail");
        show(null);
        HorizontalLayout body = new HorizontalLayout(grid, detail);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        detail.setWidth("30rem");
        detail.getStyle().set("flex-shrink", "0");
        add(header, tools, body);
        setFlexGrow(1, body);
    }

    static String status(UserRow u) {
        if (!u.enabled()) {
            return "Disabled";
        }
        if (u.locked()) {
            return "Locked from an address (failed sign-ins)";
        }
        return u.mustChangePassword() ? "Must change password" : "Active";
    }

    private void show(UserRow user) {
        detail.removeAll();
        if (user == null) {
            Paragraph hint = new Paragraph("Select a user to edit the account and its projects.");
            hint.addClassName("muted");
            detail.add(hint);
            return;
        }
        H3 heading = new H3(user.displayName() + " · " + user.username());
        Span state = new Span(status(user));
        state.setId("user-status");
        state.addClassName(user.enabled() ? "muted" : "field-problem");
        detail.add(heading, state, details(user), rights(user), actions(user), memberships(user));
    }

    private Component details(UserRow user) {
        TextField name = new TextField("Name");
        name.setId("user-name");
        name.setValue(user.displayName());
        name.setMaxLength(200);
        EmailField email = new EmailField("E-mail");
        email.setId("user-email");
        email.setValue(user.email() == null ? "" : user.email());
        email.setMaxLength(320);
        // The version shown: a save over another administrator's newer one is refused, not lost.
        Button save = new Button("Save", e -> act(user, () -> users.update(user.id(), user.version(), name.getValue(),
                email.getValue()), "Saved."));
        save.setId("save-user");
        HorizontalLayout row = new HorizontalLayout(name, email, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Component rights(UserRow user) {
        Checkbox admin = new Checkbox("Administrator", user.role() == GlobalRole.ADMIN);
        admin.setId("user-admin");
        admin.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(user, () -> users.setRole(user.id(), e.getValue() ? GlobalRole.ADMIN : GlobalRole.USER),
                        e.getValue() ? user.username() + " is an administrator." : user.username() + " is a user.");
            }
        });
        Checkbox creator = new Checkbox("May create projects", user.projectCreator());
        creator.setId("user-project-creator");
        creator.setTooltipText("Counts where only administrators and project creators may create projects");
        creator.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(user, () -> users.setProjectCreator(user.id(), e.getValue()), "Saved.");
            }
        });
        HorizontalLayout row = new HorizontalLayout(admin, creator);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private Component actions(UserRow user) {
        Button enable = user.enabled()
                ? new Button("Disable", e -> act(user, () -> users.setEnabled(user.id(), false),
                user.username() + " is disabled: their sessions ended and their tokens stopped working."))
                : new Button("Enable", e -> act(user, () -> users.setEnabled(user.id(), true), user.username() + " is enabled."));
        enable.setId(user.enabled() ? "disable-user" : "enable-user");
        if (user.enabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button reset = new Button("Reset password", e -> resetDialog(user));
        reset.setId("reset-password");
        HorizontalLayout row = new HorizontalLayout(enable, reset);
        if (user.locked()) {
            Button unlock = new Button("Unlock", e -> act(user, () -> {
                users.unlock(user.id());
                return users.get(user.id());
            }, user.username() + " may sign in again from every address."));
            unlock.setId("unlock-user");
            row.add(unlock);
        }
        return row;
    }

    private Component memberships(UserRow user) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("user-projects");
        box.add(new H3("Projects"));
        List<UserMembership> list = projects.membershipsOf(user.id());
        Grid<UserMembership> grid = new Grid<>();
        grid.setId("user-memberships");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(UserMembership::projectName).setHeader("Project").setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Select<ProjectRole> role = new Select<>();
            role.setItems(ProjectRole.values());
            role.setItemLabelGenerator(ProjectRole::label);
            role.setValue(m.role());
            role.setWidth("9rem");
            role.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(user, () -> {
                        projects.setMember(m.projectId(), user.username(), e.getValue());
                        return users.get(user.id());
                    }, user.username() + " is " + e.getValue().label().toLowerCase() + " in " + m.projectName() + ".");
                }
            });
            return role;
        }).setHeader("Role");
        grid.addComponentColumn(m -> {
            Button remove = new Button("Remove", e -> act(user, () -> {
                projects.removeMember(m.projectId(), user.id());
                return users.get(user.id());
            }, user.username() + " left " + m.projectName() + "."));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return remove;
        });
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Not a member of any project.");

        ComboBox<ProjectSummary> project = new ComboBox<>("Add to project");
        project.setId("add-to-project");
        project.setItemLabelGenerator(ProjectSummary::name);
        project.setWidth("14rem");
        // The first 200 projects by name (an administrator's list is every project), filtered as typed.
        project.setItems(projects.myProjects(PageRequest.of(0, 200)).getContent());
        Select<ProjectRole> role = new Select<>();
        role.setLabel("As");
        role.setWidth("9rem");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(ProjectRole::label);
        role.setValue(ProjectRole.REVIEWER);
        Button add = new Button("Add", e -> {
            if (project.getValue() == null) {
                project.setInvalid(true);
                project.setErrorMessage("Choose a project.");
                return;
            }
            ProjectSummary p = project.getValue();
            act(user, () -> {
                projects.setMember(p.id(), user.username(), role.getValue());
                return users.get(user.id());
            }, user.username() + " is " + role.getValue().label().toLowerCase() + " in " + p.name() + ".");
        });
        add.setId("add-membership");
        HorizontalLayout adding = new HorizontalLayout(project, role, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(grid, adding);
        return box;
    }

    private void createDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New user");
        TextField username = new TextField("Username");
        username.setId("new-username");
        username.setHelperText("Lower-case letters, digits, . _ -");
        username.setMaxLength(64);
        TextField name = new TextField("Name");
        name.setId("new-name");
        name.setMaxLength(200);
        EmailField email = new EmailField("E-mail");
        email.setId("new-email");
        email.setMaxLength(320);
        PasswordField password = new PasswordField("First password");
        password.setId("new-password");
        password.setHelperText("At least 12 characters; they choose their own when they first sign in.");
        PasswordFields.showsRefusals(password);
        Checkbox admin = new Checkbox("Administrator");
        admin.setId("new-admin");
        Span problem = new Span();
        problem.addClassName("field-problem");
        problem.setId("new-user-problem");
        VerticalLayout form = new VerticalLayout(username, name, email, password, admin, problem);
        form.setPadding(false);
        dialog.add(form);
        Button save = new Button("Create", e -> {
            try {
                UserRow made = users.create(username.getValue(), name.getValue(), email.getValue(), password.getValue(),
                        admin.getValue() ? GlobalRole.ADMIN : GlobalRole.USER);
                dialog.close();
                Notifications.success("Created " + made.username() + ".");
                search.setValue(made.username());
                grid.getDataProvider().refreshAll();
                grid.select(made);
                show(made);
            } catch (DomainException ex) {
                problem.setText("");
                if (AccountService.PASSWORD_FIELD.equals(ex.field())) {
                    PasswordFields.refuse(password, ex.getMessage());
                } else {
                    problem.setText(ex.getMessage());
                }
            }
        });
        save.setId("create-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        username.focus();
    }

    private void resetDialog(UserRow user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset the password of " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password-value");
        password.setHelperText("At least 12 characters; " + user.username() + " must change it at the next sign-in.");
        password.setWidth("22rem");
        PasswordFields.showsRefusals(password);
        Span problem = new Span();
        problem.addClassName("field-problem");
        problem.setId("reset-problem");
        dialog.add(new VerticalLayout(password, problem));
        Button save = new Button("Reset", e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                dialog.close();
                Notifications.success("The password of " + user.username() + " is reset.");
                refresh(users.get(user.id()));
            } catch (DomainException ex) {
                problem.setText("");
                if (AccountService.PASSWORD_FIELD.equals(ex.field())) {
                    PasswordFields.refuse(password, ex.getMessage());
                } else {
                    problem.setText(ex.getMessage());
                }
            }
        });
        save.setId("confirm-reset");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        password.focus();
    }

    /**
     * Runs an action of the services on {@code target}, the account the panel showed when it was
     * drawn (null: no account); a refusal is shown as it is, and the panel shows what is now true of
     * that same account, never of whatever row is selected by then.
     */
    private void act(UserRow target, Supplier<UserRow> action, String done) {
        try {
            UserRow now = action.get();
            Notifications.success(done);
            refresh(now != null ? now : target);
        } catch (DomainException e) {
            Notifications.hint(e.getMessage());
            refresh(target == null ? null : users.get(target.id()));
        }
    }

    private void refresh(UserRow now) {
        grid.getDataProvider().refreshAll();
        if (now != null) {
            show(now);
        }
    }
}
