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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.GlobalRole;
import org.crosscheck.account.ui.PasswordFields;
import org.crosscheck.account.ProjectCreation;
import org.crosscheck.account.UserAdminService;
import org.crosscheck.account.UserAdminService.UserRow;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.i18n.I18n;
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
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final String BRAND = " · Crosscheck"; // not translated: the product's name

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
        H2 title = new H2(getTranslation("admin.users.title"));
        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(), e -> createDialog());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        search.setPlaceholder(getTranslation("admin.users.search"));
        search.setId("user-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setWidth("22rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Select<ProjectCreation> creation = new Select<>();
        creation.setLabel(getTranslation("admin.creation.label"));
        creation.setId("project-creation");
        creation.setItems(ProjectCreation.values());
        creation.setItemLabelGenerator(c -> getTranslation("admin.creation." + c.name()));
        creation.setValue(users.projectCreation());
        creation.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(null, () -> {
                    users.setProjectCreation(e.getValue());
                    return null;
                }, getTranslation("admin.creation.done", creation.getItemLabelGenerator().apply(e.getValue())));
            }
        });
        HorizontalLayout tools = new HorizontalLayout(search, creation);
        tools.setAlignItems(FlexComponent.Alignment.END);

        grid.setId("users");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserRow::username).setHeader(getTranslation("admin.field.username")).setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("admin.field.name")).setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("admin.field.email")).setAutoWidth(true);
        grid.addColumn(u -> I18n.t("admin.global-role." + u.role().name())).setHeader(getTranslation("admin.users.role"))
                .setAutoWidth(true);
        grid.addColumn(UsersView::status).setHeader(getTranslation("admin.users.status")).setAutoWidth(true);
        grid.addColumn(u -> u.lastLoginAt() == null ? I18n.t("admin.users.never")
                        : I18n.t("admin.users.at-utc", when().format(u.lastLoginAt())))
                .setHeader(getTranslation("admin.users.last-sign-in")).setAutoWidth(true);
        grid.addColumn(UserRow::projects).setHeader(getTranslation("admin.users.projects")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> users.page(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, users.count(search.getValue())));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setEmptyStateText(getTranslation("admin.users.none"));
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

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title") + BRAND;
    }

    /** The time of a sign-in, in the window's language (made per use). */
    private static DateTimeFormatter when() {
        return I18n.dates("base.format.numeric-date-time", ZoneOffset.UTC);
    }

    static String status(UserRow u) {
        if (!u.enabled()) {
            return I18n.t("admin.status.disabled");
        }
        if (u.locked()) {
            return I18n.t("admin.status.locked");
        }
        return u.mustChangePassword() ? I18n.t("admin.status.must-change") : I18n.t("admin.status.active");
    }

    private void show(UserRow user) {
        detail.removeAll();
        if (user == null) {
            Paragraph hint = new Paragraph(getTranslation("admin.users.select"));
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
        TextField name = new TextField(getTranslation("admin.field.name"));
        name.setId("user-name");
        name.setValue(user.displayName());
        name.setMaxLength(200);
        EmailField email = new EmailField(getTranslation("admin.field.email"));
        email.setId("user-email");
        email.setValue(user.email() == null ? "" : user.email());
        email.setMaxLength(320);
        // The version shown: a save over another administrator's newer one is refused, not lost.
        Button save = new Button(getTranslation("base.action.save"), e -> act(user, () -> users.update(user.id(),
                user.version(), name.getValue(), email.getValue()), getTranslation("admin.saved")));
        save.setId("save-user");
        HorizontalLayout row = new HorizontalLayout(name, email, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Component rights(UserRow user) {
        Checkbox admin = new Checkbox(getTranslation("admin.global-role.ADMIN"), user.role() == GlobalRole.ADMIN);
        admin.setId("user-admin");
        admin.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(user, () -> users.setRole(user.id(), e.getValue() ? GlobalRole.ADMIN : GlobalRole.USER),
                        getTranslation(e.getValue() ? "admin.rights.now-admin" : "admin.rights.now-user", user.username()));
            }
        });
        Checkbox creator = new Checkbox(getTranslation("admin.rights.creator"), user.projectCreator());
        creator.setId("user-project-creator");
        creator.setTooltipText(getTranslation("admin.rights.creator-hint"));
        creator.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(user, () -> users.setProjectCreator(user.id(), e.getValue()), getTranslation("admin.saved"));
            }
        });
        HorizontalLayout row = new HorizontalLayout(admin, creator);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private Component actions(UserRow user) {
        Button enable = user.enabled()
                ? new Button(getTranslation("admin.actions.disable"), e -> act(user, () -> users.setEnabled(user.id(), false),
                getTranslation("admin.actions.disabled", user.username())))
                : new Button(getTranslation("admin.actions.enable"), e -> act(user, () -> users.setEnabled(user.id(), true),
                getTranslation("admin.actions.enabled", user.username())));
        enable.setId(user.enabled() ? "disable-user" : "enable-user");
        if (user.enabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button reset = new Button(getTranslation("admin.actions.reset"), e -> resetDialog(user));
        reset.setId("reset-password");
        HorizontalLayout row = new HorizontalLayout(enable, reset);
        if (user.locked()) {
            Button unlock = new Button(getTranslation("admin.actions.unlock"), e -> act(user, () -> {
                users.unlock(user.id());
                return users.get(user.id());
            }, getTranslation("admin.actions.unlocked", user.username())));
            unlock.setId("unlock-user");
            row.add(unlock);
        }
        return row;
    }

    private Component memberships(UserRow user) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("user-projects");
        box.add(new H3(getTranslation("admin.users.projects")));
        List<UserMembership> list = projects.membershipsOf(user.id());
        Grid<UserMembership> grid = new Grid<>();
        grid.setId("user-memberships");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(UserMembership::projectName).setHeader(getTranslation("admin.memberships.project")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Select<ProjectRole> role = new Select<>();
            role.setItems(ProjectRole.values());
            role.setItemLabelGenerator(UsersView::roleName);
            role.setValue(m.role());
            role.setWidth("9rem");
            role.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(user, () -> {
                        projects.setMember(m.projectId(), user.username(), e.getValue());
                        return users.get(user.id());
                    }, I18n.t("admin.memberships.now." + e.getValue().name(), user.username(), m.projectName()));
                }
            });
            return role;
        }).setHeader(getTranslation("admin.users.role"));
        grid.addComponentColumn(m -> {
            Button remove = new Button(I18n.t("base.action.remove"), e -> act(user, () -> {
                projects.removeMember(m.projectId(), user.id());
                return users.get(user.id());
            }, I18n.t("admin.memberships.left", user.username(), m.projectName())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return remove;
        });
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("admin.memberships.none"));

        ComboBox<ProjectSummary> project = new ComboBox<>(getTranslation("admin.memberships.add-to"));
        project.setId("add-to-project");
        project.setItemLabelGenerator(ProjectSummary::name);
        project.setWidth("14rem");
        // The first 200 projects by name (an administrator's list is every project), filtered as typed.
        project.setItems(projects.myProjects(PageRequest.of(0, 200)).getContent());
        Select<ProjectRole> role = new Select<>();
        role.setLabel(getTranslation("admin.memberships.as"));
        role.setWidth("9rem");
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(UsersView::roleName);
        role.setValue(ProjectRole.REVIEWER);
        Button add = new Button(getTranslation("admin.memberships.add"), e -> {
            if (project.getValue() == null) {
                project.setInvalid(true);
                project.setErrorMessage(getTranslation("admin.memberships.choose"));
                return;
            }
            ProjectSummary p = project.getValue();
            act(user, () -> {
                projects.setMember(p.id(), user.username(), role.getValue());
                return users.get(user.id());
            }, getTranslation("admin.memberships.now." + role.getValue().name(), user.username(), p.name()));
        });
        add.setId("add-membership");
        HorizontalLayout adding = new HorizontalLayout(project, role, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(grid, adding);
        return box;
    }

    private void createDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.users.new"));
        TextField username = new TextField(getTranslation("admin.field.username"));
        username.setId("new-username");
        username.setHelperText(getTranslation("admin.create.username-hint"));
        username.setMaxLength(64);
        TextField name = new TextField(getTranslation("admin.field.name"));
        name.setId("new-name");
        name.setMaxLength(200);
        EmailField email = new EmailField(getTranslation("admin.field.email"));
        email.setId("new-email");
        email.setMaxLength(320);
        PasswordField password = new PasswordField(getTranslation("admin.create.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("admin.create.password-hint"));
        PasswordFields.showsRefusals(password);
        Checkbox admin = new Checkbox(getTranslation("admin.global-role.ADMIN"));
        admin.setId("new-admin");
        Span problem = new Span();
        problem.addClassName("field-problem");
        problem.setId("new-user-problem");
        VerticalLayout form = new VerticalLayout(username, name, email, password, admin, problem);
        form.setPadding(false);
        dialog.add(form);
        Button save = new Button(getTranslation("admin.create.create"), e -> {
            try {
                UserRow made = users.create(username.getValue(), name.getValue(), email.getValue(), password.getValue(),
                        admin.getValue() ? GlobalRole.ADMIN : GlobalRole.USER);
                dialog.close();
                Notifications.success(getTranslation("admin.create.created", made.username()));
                search.setValue(made.username());
                grid.getDataProvider().refreshAll();
                grid.select(made);
                show(made);
            } catch (DomainException ex) {
                problem.setText("");
                if (AccountService.PASSWORD_FIELD.equals(ex.field())) {
                    PasswordFields.refuse(password, ex.message(I18n.locale()));
                } else {
                    problem.setText(ex.message(I18n.locale()));
                }
            }
        });
        save.setId("create-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("base.action.cancel"), e -> dialog.close()), save);
        dialog.open();
        username.focus();
    }

    private void resetDialog(UserRow user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.reset.title", user.username()));
        PasswordField password = new PasswordField(getTranslation("admin.reset.password"));
        password.setId("reset-password-value");
        password.setHelperText(getTranslation("admin.reset.password-hint", user.username()));
        password.setWidth("22rem");
        PasswordFields.showsRefusals(password);
        Span problem = new Span();
        problem.addClassName("field-problem");
        problem.setId("reset-problem");
        dialog.add(new VerticalLayout(password, problem));
        Button save = new Button(getTranslation("admin.reset.reset"), e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
                dialog.close();
                Notifications.success(getTranslation("admin.reset.done", user.username()));
                refresh(users.get(user.id()));
            } catch (DomainException ex) {
                problem.setText("");
                if (AccountService.PASSWORD_FIELD.equals(ex.field())) {
                    PasswordFields.refuse(password, ex.message(I18n.locale()));
                } else {
                    problem.setText(ex.message(I18n.locale()));
                }
            }
        });
        save.setId("confirm-reset");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("base.action.cancel"), e -> dialog.close()), save);
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
            Notifications.hint(e.message(I18n.locale()));
            refresh(target == null ? null : users.get(target.id()));
        }
    }

    /** A project role in the window's language. */
    private static String roleName(ProjectRole role) {
        return I18n.t("admin.project-role." + role.name());
    }

    private void refresh(UserRow now) {
        grid.getDataProvider().refreshAll();
        if (now != null) {
            show(now);
        }
    }
}
