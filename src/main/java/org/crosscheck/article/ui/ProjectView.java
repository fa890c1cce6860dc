package org.crosscheck.article.ui;

import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.crosscheck.base.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccountService;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleFileReader;
import org.crosscheck.article.ArticleListEntry;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.base.ui.ProjectSearchField;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.project.ui.DeleteProjectDialog;
import org.crosscheck.project.ui.EditProjectDialog;
import org.crosscheck.project.ui.MembersPanel;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One project: its articles (import, trim, edit, delete for leads) and its members. */
@Route("projects/:" + ProjectView.PROJECT_ID + "([0-9]{1,18})")
@PermitAll
public class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ProjectService projects;
    private final ArticleService articles;
    private final ArticleFileReader fileReader;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final Grid<ArticleListEntry> grid = new Grid<>();
    private ProjectSummary project;

    private final Pages pages;

    ProjectView(ProjectService projects, ArticleService articles, ArticleFileReader fileReader, ProjectAccess access,
                AccountService accounts, Pages pages) {
        this.pages = pages;
        this.projects = projects;
        this.articles = articles;
        this.fileReader = fileReader;
        this.access = access;
        this.accounts = accounts;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PROJECT_ID)
                .orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(id);
        removeAll();
        boolean lead = access.canLead(id);

        H2 title = new H2(project.name());
        title.setId("project-title");
        Div role = new Div("Your role: " + project.roleLabel());
        role.addClassName("muted");
        VerticalLayout heading = new VerticalLayout(title, role);
        heading.setPadding(false);
        heading.setSpacing(false);
        if (lead) {
            Button editProject = new Button("Edit project", VaadinIcon.EDIT.create(), e -> new EditProjectDialog(project,
                    projects, saved -> getUI().ifPresent(ui -> pages.go(ui, pages.project(saved.id())))).open());
            editProject.setId("edit-project");
            editProject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button deleteProject = new Button("Delete project", VaadinIcon.TRASH.create(), e -> new DeleteProjectDialog(
                    project, projects, () -> getUI().ifPresent(ui -> pages.go(ui, pages.projects()))).open());
            deleteProject.setId("delete-project");
            deleteProject.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout header = new HorizontalLayout(heading, editProject, deleteProject);
            header.setWidthFull();
            header.setAlignItems(FlexComponent.Alignment.CENTER);
            header.expand(heading);
            add(header);
        } else {
            add(heading);
        }
        if (project.description() != null) {
            add(new Paragraph(project.description()));
        }

        Anchor contradictions = new Anchor(pages.contradictions(id), "Contradictions");
        contradictions.setId("open-contradictions");
        Anchor suggestions = new Anchor(pages.suggestions(id), "Suggestions");
        suggestions.setId("open-suggestions");
        Anchor claims = new Anchor(pages.claims(id), "Claims");
        claims.setId("open-claims");
        Anchor timeline = new Anchor(pages.timeline(id), "Timeline");
        timeline.setId("open-timeline");
        Anchor kinds = new Anchor(pages.kinds(id), "Kinds");
        kinds.setId("open-kinds");
        HorizontalLayout links = new HorizontalLayout(contradictions, suggestions, claims, timeline, kinds);
        if (project.mayExport()) {
            Button exchange = new Button(lead ? "Export / import" : "Export", VaadinIcon.DOWNLOAD_ALT.create(),
                    e -> getUI().ifPresent(ui -> pages.go(ui, pages.exchange(id))));
            exchange.setId("open-exchange");
            exchange.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            links.add(exchange);
        }
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout tools = new HorizontalLayout(links, new ProjectSearchField(id, "", pages));
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setWidthFull();
        tools.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        tools.addClassName("project-tools");
        add(tools);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Articles", articlesTab(lead));
        tabs.add("Members", new MembersPanel(id, projects, access, accounts));
        add(tabs);
    }

    private Component articlesTab(boolean lead) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (lead) {
            Button paste = new Button("Paste article", VaadinIcon.PASTE.create(),
                    e -> new PasteArticleDialog(project.id(), articles, this::refresh).open());
            paste.setId("paste-article");
            Button upload = new Button("Upload files", VaadinIcon.UPLOAD.create(),
                    e -> new UploadArticlesDialog(project.id(), articles, fileReader, this::refresh).open());
            upload.setId("upload-articles");
            upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout actions = new HorizontalLayout(paste, upload);
            tab.add(actions);
        }

        grid.setId("articles");
        grid.removeAllColumns();
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor(pages.article(a.id()), a.title());
            link.addClassName("article-link");
            // The whole title on hover, where the column cuts it (an attribute: never markup).
            link.getElement().setAttribute("title", a.title());
            return link;
        }).setHeader("Title").setFlexGrow(4).setSortProperty("title");
        grid.addColumn(a -> a.outlet() == null ? "—" : a.outlet()).setHeader("Outlet").setFlexGrow(2)
                .setSortProperty("outlet");
        grid.addColumn(a -> a.publishedOn() == null ? "—" : DATE.format(a.publishedOn()) + (a.publishedAt() == null ? ""
                        : " " + java.time.LocalTime.ofInstant(a.publishedAt(), java.time.ZoneOffset.UTC)
                                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)))
                .setHeader("Published")
                .setFlexGrow(1).setSortProperty("publishedOn");
        grid.addColumn(a -> String.format(Locale.ENGLISH, "%,d", a.length())).setHeader("Characters").setFlexGrow(1);
        grid.addColumn(ArticleListEntry::annotations).setHeader("Annotations").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleListEntry::contradictions).setHeader("Contradictions").setAutoWidth(true).setFlexGrow(0);
        if (lead) {
            grid.addComponentColumn(a -> leadActions(a.summary())).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setEmptyStateText(lead ? "No articles yet. Paste one or upload files to start."
                : "No articles yet. A lead of the project imports them.");
        refresh();
        tab.add(grid);
        return tab;
    }

    private Component leadActions(ArticleSummary a) {
        Button trim = new Button(VaadinIcon.SCISSORS.create(), e -> {
            ArticleContent content = articles.get(a.id());
            new TrimArticleDialog(content, articles, this::refresh).open();
        });
        trim.setTooltipText(a.textFrozen() ? "Annotated: the text can no longer be trimmed" : "Trim to the article's body");
        trim.setEnabled(!a.textFrozen());
        trim.addClassName("trim-article");
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new EditArticleDialog(a, articles, this::refresh).open());
        edit.setTooltipText("Edit details");
        edit.addClassName("edit-article");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete article?",
                    "“" + Texts.isolate(a.title()) + "” and all its annotations will be deleted.", "Delete", ok -> {
                articles.delete(a.id());
                Notifications.success("Deleted “" + Texts.isolate(a.title()) + "”.");
                refresh();
            });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        delete.setTooltipText("Delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : new Button[]{trim, edit, delete}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        HorizontalLayout actions = new HorizontalLayout(trim, edit, delete);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    /**
     * Loaded page by page as the grid scrolls (a grid of its own height), so a project of hundreds of
     * articles opens as fast as one of five.
     */
    private void refresh() {
        long projectId = project.id();
        grid.setHeight("32rem");
        grid.setItems(query -> articles.page(projectId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) articles.count(projectId));
    }

    @Override
    public String getPageTitle() {
        return project == null ? "Project · Crosscheck" : project.name() + " · Crosscheck";
    }
}
