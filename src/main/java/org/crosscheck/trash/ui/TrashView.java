package org.crosscheck.trash.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.trash.Restored;
import org.crosscheck.trash.RestoreRefusedException;
import org.crosscheck.trash.TrashItem;
import org.crosscheck.trash.TrashService;
import org.crosscheck.trash.TrashType;

import org.crosscheck.base.i18n.I18n;

import java.time.ZoneId;
import java.util.List;

/**
 * A project's trash, for its leads: what was deleted lately (annotations with their comments,
 * sides of contradictions, articles with everything on them), who deleted it and when, each with a
 * Restore button. A restore that cannot be done says why, on the page.
 */
@Route("projects/:" + TrashView.PROJECT_ID + "([0-9]{1,18})/trash")
@PermitAll
public class TrashView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";

    private final TrashService trash;
    private final ProjectService projects;
    private final Pages pages;
    private final Div list = new Div();
    private final Div refusal = new Div();
    private ProjectSummary project;

    TrashView(TrashService trash, ProjectService projects, Pages pages) {
        this.trash = trash;
        this.projects = projects;
        this.pages = pages;
        addClassNames("page", "trash-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID).orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        List<TrashItem> items = trash.list(projectId); // leads only: anyone else gets the error page
        removeAll();
        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        H2 heading = new H2(getTranslation("trash.title"));
        Paragraph intro = new Paragraph(getTranslation("trash.intro", trash.retention().toDays()));
        intro.addClassName("muted");
        refusal.setId("trash-refusal");
        refusal.addClassName("trash-refusal");
        refusal.setVisible(false);
        list.setId("trash");
        list.addClassName("trash-list");
        add(back, heading, intro, refusal, list);
        show(items);
    }

    private void show(List<TrashItem> items) {
        list.removeAll();
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("trash.empty", trash.retention().toDays()));
            empty.setId("trash-empty");
            empty.addClassName("muted");
            list.add(empty);
            return;
        }
        items.forEach(item -> list.add(row(item)));
    }

    private Div row(TrashItem item) {
        Span type = new Span(getTranslation("trash.type." + item.type().name()));
        type.addClassNames("badge", "trash-type");
        Span what = new Span(item.label());
        what.addClassName("trash-what");
        Div head = new Div(type, what);
        head.addClassName("trash-head");
        String by = item.deletedBy() == null ? getTranslation("trash.former-member")
                : Texts.isolate(item.deletedBy().displayName());
        Div who = new Div(getTranslation("trash.deleted-by", by,
                I18n.dates("base.format.date-time", ZoneId.systemDefault()).format(item.deletedAt()),
                I18n.dates("base.format.date", ZoneId.systemDefault()).format(item.keptUntil())));
        who.addClassNames("muted", "trash-who");
        Button restore = new Button(getTranslation("trash.restore"), VaadinIcon.ARROW_BACKWARD.create(), e -> restore(item));
        restore.setId("restore-" + item.id());
        restore.addClassName("trash-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div row = new Div(head, who, restore);
        row.addClassName("trash-row");
        row.setId("trash-item-" + item.id());
        return row;
    }

    private void restore(TrashItem item) {
        try {
            Restored restored = trash.restore(project.id(), item.id());
            refusal.setVisible(false);
            Notifications.success(restored.message(getLocale()));
            if (restored.articleId() != null && item.type() != TrashType.CONTRADICTION_SPAN) {
                Anchor open = new Anchor(restored.type() == TrashType.ANNOTATION
                        ? pages.annotation(restored.articleId(), restored.id()) : pages.article(restored.articleId()),
                        getTranslation("trash.open-in-reader"));
                open.setId("trash-restored-link");
                refusal.removeAll();
                refusal.add(new Span(restored.message(getLocale()) + " "), open);
                refusal.removeClassName("refused");
                refusal.setVisible(true);
            }
        } catch (RestoreRefusedException refused) {
            refusal.removeAll();
            refusal.setText(refused.message(getLocale()));
            refusal.addClassName("refused");
            refusal.setVisible(true);
        }
        show(trash.list(project.id()));
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("trash.title");
        return (project == null ? title : title + " · " + project.name()) + " · Crosscheck"; // not translated: the product's name
    }
}
