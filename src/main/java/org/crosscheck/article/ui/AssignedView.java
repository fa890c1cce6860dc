package org.crosscheck.article.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.article.ArticleWorkflow.AssignedArticle;
import org.crosscheck.base.ui.Pages;

/** The articles a lead assigned to the caller, in every project, with where their work stands. */
@Route("assigned")
@PermitAll
public class AssignedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleWorkflow workflow;
    private final Pages pages;
    private final Grid<AssignedArticle> grid = new Grid<>();

    AssignedView(ArticleWorkflow workflow, Pages pages) {
        this.workflow = workflow;
        this.pages = pages;
        addClassName("page");
        H2 title = new H2(getTranslation("article.assigned.title"));
        grid.setId("assigned");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor(pages.article(a.article().id()), a.article().title());
            link.addClassName("article-link");
            return link;
        }).setHeader(getTranslation("article.assigned.column.article")).setFlexGrow(4);
        grid.addComponentColumn(a -> new Anchor(pages.project(a.article().projectId()), a.projectName()))
                .setHeader(getTranslation("article.assigned.column.project")).setFlexGrow(2);
        grid.addComponentColumn(a -> StatusBadge.of(a.status())).setHeader(getTranslation("article.list.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("article.assigned.empty"));
        add(title, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(workflow.assignedToMe());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("article.assigned.title") + " · Crosscheck"; // not translated: the product's name
    }

    /** A status as a small label, in the list and on the project page. */
    static final class StatusBadge {
        private StatusBadge() {
        }

        static Span of(org.crosscheck.article.ArticleStatus status) {
            Span badge = new Span(StatusNames.of(status));
            badge.addClassNames("badge", "status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            return badge;
        }
    }
}
