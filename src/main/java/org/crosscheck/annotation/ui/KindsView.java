package org.crosscheck.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindField;
import org.crosscheck.annotation.KindService;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;

import java.util.stream.Collectors;

/**
 * The kinds a project's annotations can have: the built-in ones and the project's own, which its
 * leads define, change and delete here. Every member sees them.
 */
@Route("projects/:" + KindsView.PROJECT_ID + "([0-9]{1,18})/kinds")
@PermitAll
public class KindsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";

    private final KindService kinds;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final Pages pages;
    private final Div list = new Div();
    private ProjectSummary project;
    private boolean lead;

    KindsView(KindService kinds, ProjectService projects, ProjectAccess access, Pages pages) {
        this.kinds = kinds;
        this.projects = projects;
        this.access = access;
        this.pages = pages;
        addClassNames("page", "kinds-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID).orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        lead = access.canLead(projectId);
        removeAll();
        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        H2 heading = new H2(getTranslation("annotation.kinds.heading"));
        Paragraph intro = new Paragraph(getTranslation(lead ? "annotation.kinds.intro-lead" : "annotation.kinds.intro"));
        intro.addClassName("muted");
        add(back, heading, intro);
        if (lead) {
            Button create = new Button(getTranslation("annotation.kinds.new"), VaadinIcon.PLUS.create(), e ->
                    new KindDialog(null, draft -> kinds.define(project.id(), draft), this::refresh).open());
            create.setId("new-kind");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        // A list rather than a grid: a few rows, each wrapping on a phone instead of squeezing columns.
        list.setId("kinds");
        list.addClassName("kinds-list");
        add(list);
        refresh();
    }

    private Div row(KindDescription k) {
        Span badge = new Span(KindNames.of(k));
        badge.addClassName("badge");
        badge.addClassNames(k.cssClass().split(" "));
        Span key = new Span(k.shortcut() == null ? getTranslation("annotation.kinds.no-key")
                : getTranslation("annotation.kinds.key", k.shortcut().toUpperCase()));
        key.addClassName("muted");
        Div head = new Div(badge, key);
        head.addClassName("kind-head");
        Div fields = new Div(fields(k));
        fields.addClassName("kind-fields");
        Div row = new Div(head, fields);
        row.addClassName("kind-row");
        row.setId("kind-" + k.id());
        if (lead) {
            row.add(actions(k));
        }
        return row;
    }

    private static String fields(KindDescription k) {
        String active = k.activeFields().stream()
                .map(f -> KindNames.field(k, f) + " (" + describe(f) + ")")
                .collect(Collectors.joining(" · "));
        long archived = k.fields().stream().filter(KindField::archived).count();
        return (active.isEmpty() ? I18n.t("annotation.kinds.no-fields") : active)
                + (archived > 0 ? " · " + I18n.t("annotation.kinds.archived", archived) : "")
                + (k.builtIn() ? " · " + I18n.t("annotation.kinds.built-in") : "");
    }

    /** "choice from a list: true, false, required": the type, a choice list's choices, whether required. */
    private static String describe(KindField f) {
        String type = I18n.t("annotation.kinds.type." + f.type().name())
                + (f.type() == org.crosscheck.annotation.FieldType.CHOICE ? ": " + String.join(", ", f.choices()) : "");
        return f.required() ? I18n.t("annotation.kinds.field-required", type) : type;
    }

    private HorizontalLayout actions(KindDescription k) {
        HorizontalLayout actions = new HorizontalLayout();
        if (k.builtIn()) {
            return actions;
        }
        // Saved against the version the dialog opened with: a lead's change meanwhile is refused, not overwritten.
        Button edit = new Button(getTranslation("base.action.edit"), e -> {
            KindDescription opened = kinds.describe(project.id(), k.id());
            new KindDialog(opened, draft -> kinds.change(project.id(), k.id(), draft, opened.version()), this::refresh)
                    .open();
        });
        edit.setId("edit-kind-" + k.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("base.action.delete"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("annotation.kinds.delete.title", k.name()),
                    getTranslation("annotation.kinds.delete.text"), getTranslation("base.action.delete"), ok -> {
                try {
                    kinds.delete(project.id(), k.id());
                    Notifications.success(getTranslation("annotation.kinds.deleted", k.name()));
                } catch (DomainException refused) {
                    Notifications.hint(refused.message(getLocale()));
                }
                refresh();
            });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("base.action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.setId("delete-kind-" + k.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(edit, delete);
        return actions;
    }

    private void refresh() {
        list.removeAll();
        kinds.kindsOf(project.id()).forEach(k -> list.add(row(k)));
    }

    @Override
    public String getPageTitle() {
        String kindsTitle = getTranslation("annotation.kinds.title");
        return (project == null ? kindsTitle : kindsTitle + " · " + project.name()) + " · Crosscheck"; // not translated: the product's name
    }
}
