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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import org.crosscheck.account.UserSummary;
import org.crosscheck.article.ArticleListFilter;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.article.ArticleWorkflow;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.project.ui.RoleNames;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.util.Locale;

/** One project: its articles (import, trim, edit, delete for leads) and its members. */
@Route("projects/:" + ProjectView.PROJECT_ID + "([0-9]{1,18})")
@PermitAll
public class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";
    /** Query parameters that open the list filtered: a status's name, an assignee's username (the dashboard links so). */
    public static final String STATUS = "status";
    public static final String ASSIGNEE = "assignee";

    private final ProjectService projects;
    private final ArticleService articles;
    private final ArticleFileReader fileReader;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final Grid<ArticleListEntry> grid = new Grid<>();
    private ProjectSummary project;
    private final ArticleWorkflow workflow;
    /** Where the work on each article of the rows loaded stands (read with each page of the list). */
    private final Map<Long, ArticleWorkflow.WorkState> work = new HashMap<>();
    private final Select<ArticleStatus> statusFilter = new Select<>();
    private final ComboBox<UserSummary> assigneeFilter = new ComboBox<>();
    private final Checkbox mine = new Checkbox(I18n.t("article.filter.mine"));
    private boolean lead;
    /** Independent marking: assignees mark alone and submit; leads curate. */
    private boolean independent;
    /** The filters the address asked for, set once the filters are made. */
    private ArticleStatus askedStatus;
    private String askedAssignee;

    private final Pages pages;

    ProjectView(ProjectService projects, ArticleService articles, ArticleFileReader fileReader, ProjectAccess access,
                AccountService accounts, Pages pages, ArticleWorkflow workflow) {
        this.workflow = workflow;
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
        lead = access.canLead(id);
        var query = event.getLocation().getQueryParameters();
        askedStatus = query.getSingleParameter(STATUS).flatMap(s -> java.util.Arrays.stream(ArticleStatus.values())
                .filter(v -> v.name().equals(s)).findFirst()).orElse(null);
        askedAssignee = query.getSingleParameter(ASSIGNEE).orElse(null);

        H2 title = new H2(project.name());
        title.setId("project-title");
        Div role = new Div(getTranslation("article.project.your-role", RoleNames.of(project)));
        role.addClassName("muted");
        VerticalLayout heading = new VerticalLayout(title, role);
        heading.setPadding(false);
        heading.setSpacing(false);
        if (lead) {
            Button editProject = new Button(getTranslation("article.project.edit"), VaadinIcon.EDIT.create(), e -> new EditProjectDialog(project,
                    projects, saved -> getUI().ifPresent(ui -> pages.go(ui, pages.project(saved.id())))).open());
            editProject.setId("edit-project");
            editProject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button deleteProject = new Button(getTranslation("article.project.delete"), VaadinIcon.TRASH.create(), e -> new DeleteProjectDialog(
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
        independent = projects.isIndependent(id);
        if (lead) {
            Checkbox mode = new Checkbox(getTranslation("article.project.independent-mode"), independent);
            mode.setId("independent-mode");
            mode.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    projects.setIndependent(id, e.getValue());
                    Notifications.success(getTranslation(e.getValue() ? "article.project.independent-on" : "article.project.independent-off"));
                    getUI().ifPresent(ui -> pages.go(ui, pages.project(id)));
                }
            });
            add(mode);
        } else if (independent) {
            Div note = new Div(getTranslation("article.project.independent-note"));
            note.setId("independent-note");
            note.addClassName("muted");
            add(note);
        }

        Anchor contradictions = new Anchor(pages.contradictions(id), getTranslation("article.project.link.contradictions"));
        contradictions.setId("open-contradictions");
        Anchor suggestions = new Anchor(pages.suggestions(id), getTranslation("article.project.link.suggestions"));
        suggestions.setId("open-suggestions");
        Anchor claims = new Anchor(pages.claims(id), getTranslation("article.project.link.claims"));
        claims.setId("open-claims");
        Anchor timeline = new Anchor(pages.timeline(id), getTranslation("article.project.link.timeline"));
        timeline.setId("open-timeline");
        Anchor kinds = new Anchor(pages.kinds(id), getTranslation("article.project.link.kinds"));
        kinds.setId("open-kinds");
        Anchor dashboard = new Anchor(pages.dashboard(id), getTranslation("article.project.link.progress"));
        dashboard.setId("open-dashboard");
        Anchor activity = new Anchor(pages.activity(id), getTranslation("article.project.link.activity"));
        activity.setId("open-activity");
        HorizontalLayout links = new HorizontalLayout(dashboard, contradictions, suggestions, claims, timeline, kinds, activity);
        if (lead && independent) {
            Anchor agreement = new Anchor(pages.agreement(id), getTranslation("article.project.link.agreement"));
            agreement.setId("open-agreement");
            links.add(agreement);
        }
        if (lead) {
            Anchor trash = new Anchor(pages.trash(id), getTranslation("article.project.link.trash"));
            trash.setId("open-trash");
            links.add(trash);
        }
        if (project.mayExport()) {
            Button exchange = new Button(getTranslation(lead ? "article.project.export-import" : "article.project.export"), VaadinIcon.DOWNLOAD_ALT.create(),
                    e -> getUI().ifPresent(ui -> pages.go(ui, pages.exchange(id))));
            exchange.setId("open-exchange");
            exchange.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            links.add(exchange);
        }
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        links.setWrap(true); // a phone's width holds three or four of them
        HorizontalLayout tools = new HorizontalLayout(links, new ProjectSearchField(id, "", pages));
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setWidthFull();
        tools.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        tools.addClassName("project-tools");
        add(tools);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("article.project.tab.articles"), articlesTab(lead));
        tabs.add(getTranslation("article.project.tab.members"), new MembersPanel(id, projects, access, accounts));
        add(tabs);
    }

    private Component articlesTab(boolean lead) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        if (lead) {
            Button paste = new Button(getTranslation("article.list.paste"), VaadinIcon.PASTE.create(),
                    e -> new PasteArticleDialog(project.id(), articles, this::refresh).open());
            paste.setId("paste-article");
            Button upload = new Button(getTranslation("article.list.upload"), VaadinIcon.UPLOAD.create(),
                    e -> new UploadArticlesDialog(project.id(), articles, fileReader, this::refresh).open());
            upload.setId("upload-articles");
            upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button assign = new Button(getTranslation("article.list.assign"), VaadinIcon.USER_CHECK.create(), e -> new AssignDialog(project.id(),
                    grid.getSelectedItems(), workflow, this::refresh).open());
            assign.setId("assign-articles");
            assign.setEnabled(false);
            assign.setTooltipText(getTranslation("article.list.assign-tooltip"));
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> assign.setEnabled(!e.getAllSelectedItems().isEmpty()));
            HorizontalLayout actions = new HorizontalLayout(paste, upload, assign);
            tab.add(actions);
        }
        tab.add(filters());

        grid.setId("articles");
        grid.removeAllColumns();
        DateTimeFormatter date = I18n.dates("base.format.date", ZoneOffset.UTC);
        NumberFormat number = NumberFormat.getIntegerInstance(I18n.locale());
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor(pages.article(a.id()), a.title());
            link.addClassName("article-link");
            // The whole title on hover, where the column cuts it (an attribute: never markup).
            link.getElement().setAttribute("title", a.title());
            return link;
        }).setHeader(getTranslation("article.list.column.title")).setFlexGrow(4).setSortProperty("title");
        grid.addColumn(a -> a.outlet() == null ? "—" : a.outlet()).setHeader(getTranslation("article.list.column.outlet")).setFlexGrow(2)
                .setSortProperty("outlet");
        grid.addColumn(a -> a.publishedOn() == null ? "—" : date.format(a.publishedOn()) + (a.publishedAt() == null ? ""
                        : " " + java.time.LocalTime.ofInstant(a.publishedAt(), java.time.ZoneOffset.UTC)
                                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)))
                .setHeader(getTranslation("article.list.column.published"))
                .setFlexGrow(1).setSortProperty("publishedOn");
        grid.addColumn(a -> number.format(a.length())).setHeader(getTranslation("article.list.column.characters")).setFlexGrow(1);
        grid.addColumn(ArticleListEntry::annotations).setHeader(getTranslation("article.list.column.annotations")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleListEntry::contradictions).setHeader(getTranslation("article.list.column.contradictions")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("article.list.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::assigneeNames).setHeader(getTranslation("article.list.column.assigned-to")).setFlexGrow(2)
                .setTooltipGenerator(this::assigneeNames);
        if (lead) {
            grid.addComponentColumn(a -> leadActions(a.summary())).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.getColumns().forEach(c -> c.setResizable(true));
        refresh();
        tab.add(grid);
        return tab;
    }

    private Component leadActions(ArticleSummary a) {
        Button trim = new Button(VaadinIcon.SCISSORS.create(), e -> {
            ArticleContent content = articles.get(a.id());
            new TrimArticleDialog(content, articles, this::refresh).open();
        });
        trim.setTooltipText(getTranslation(a.textFrozen() ? "article.list.trim-frozen" : "article.list.trim"));
        trim.setEnabled(!a.textFrozen());
        trim.addClassName("trim-article");
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new EditArticleDialog(a, articles, this::refresh).open());
        edit.setTooltipText(getTranslation("article.list.edit"));
        edit.addClassName("edit-article");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("article.delete.title"),
                    getTranslation("article.delete.text", Texts.isolate(a.title())), getTranslation("base.action.delete"), ok -> {
                articles.delete(a.id());
                Notifications.success(getTranslation("article.delete.done", Texts.isolate(a.title())));
                refresh();
            });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        delete.setTooltipText(getTranslation("base.action.delete"));
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
        ArticleListFilter filter = filter();
        work.clear();
        grid.deselectAll();
        grid.setEmptyStateText(getTranslation(!filter.equals(ArticleListFilter.ALL) ? "article.list.empty.filtered"
                : lead ? "article.list.empty.lead" : "article.list.empty"));
        grid.setHeight("32rem");
        grid.setItems(query -> {
            List<ArticleListEntry> page = articles.page(projectId, filter, VaadinSpringDataHelpers.toSpringPageRequest(query));
            work.putAll(workflow.statesOf(projectId, page.stream().map(ArticleListEntry::id).toList()));
            return page.stream();
        }, query -> (int) articles.count(projectId, filter));
    }

    private String assigneeNames(ArticleListEntry a) {
        ArticleWorkflow.WorkState w = work.get(a.id());
        return w == null || w.assignees().isEmpty() ? "—"
                : w.assignees().stream().map(UserSummary::displayName).collect(Collectors.joining(", "));
    }

    private ArticleListFilter filter() {
        Long assignee = mine.getValue() ? Long.valueOf(accounts.me().id())
                : assigneeFilter.getValue() == null ? null : assigneeFilter.getValue().id();
        return new ArticleListFilter(statusFilter.getValue(), assignee);
    }

    /** Filters by status and by who works on the articles; "Assigned to me" is the one a reviewer wants first. */
    private Component filters() {
        statusFilter.setId("filter-status");
        statusFilter.setItems(ArticleStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? I18n.t("article.filter.any-status") : StatusNames.of(s));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("article.filter.any-status"));
        statusFilter.setPlaceholder(getTranslation("article.filter.any-status"));
        statusFilter.setValue(askedStatus);
        statusFilter.setAriaLabel(getTranslation("article.list.column.status"));
        statusFilter.addValueChangeListener(e -> refresh());
        assigneeFilter.setId("filter-assignee");
        List<UserSummary> assignable = workflow.assignable(project.id());
        assigneeFilter.setItems(assignable);
        // An assignee the address names who may no longer be assigned work is not offered: the filter stays open.
        assignable.stream().filter(u -> u.username().equals(askedAssignee)).findFirst().ifPresent(assigneeFilter::setValue);
        assigneeFilter.setItemLabelGenerator(UserSummary::displayName);
        assigneeFilter.setPlaceholder(getTranslation("article.filter.anyone"));
        assigneeFilter.setAriaLabel(getTranslation("article.list.column.assigned-to"));
        assigneeFilter.setClearButtonVisible(true);
        assigneeFilter.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                mine.setValue(false);
            }
            refresh();
        });
        mine.setId("filter-mine");
        mine.addValueChangeListener(e -> {
            if (e.getValue()) {
                assigneeFilter.clear();
            }
            refresh();
        });
        HorizontalLayout row = new HorizontalLayout(mine, statusFilter, assigneeFilter);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("article-filters");
        return row;
    }

    /**
     * The article's status: a choice for whoever may move it (a lead; an assignee up to "ready for
     * review"), a label for everyone else. A move back asks why.
     */
    private Component statusCell(ArticleListEntry a) {
        ArticleWorkflow.WorkState w = work.getOrDefault(a.id(), new ArticleWorkflow.WorkState(a.id(), ArticleStatus.TODO,
                List.of(), null, null, null));
        long me = accounts.me().id();
        boolean assigned = w.assignees().stream().anyMatch(u -> u.id() == me);
        boolean mayMove = lead || (assigned && access.canAnnotate(project.id()) && w.status() != ArticleStatus.DONE);
        Component shown;
        if (!mayMove) {
            shown = AssignedView.StatusBadge.of(w.status());
        } else {
            // A button that opens a dialog: a list inside a grid row is redrawn with the row, under the user's pointer.
            Button status = new Button(StatusNames.of(w.status()), e -> new StatusDialog(a.title(), w.status(),
                    lead ? List.of(ArticleStatus.values())
                            : List.of(ArticleStatus.TODO, ArticleStatus.IN_PROGRESS, ArticleStatus.READY_FOR_REVIEW),
                    w.reason(), (to, reason) -> move(a, to, reason)).open());
            status.addClassNames("article-status", "status-" + w.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            status.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            status.setAriaLabel(getTranslation("article.status.aria", a.title(), StatusNames.of(w.status())));
            shown = status;
        }
        if (w.reason() != null && w.changedBy() != null) {
            ((com.vaadin.flow.component.HasElement) shown).getElement().setAttribute("title",
                    getTranslation("article.status.back", w.reason(), w.changedBy().displayName()));
        }
        if (independent && assigned && w.status() != ArticleStatus.DONE
                && !Boolean.TRUE.equals(workflow.submissions(a.id()).get(me))) {
            Button submit = new Button(getTranslation("article.submit"), e -> {
                workflow.submit(a.id());
                Notifications.success(getTranslation("article.submit.done", a.title()));
                grid.getDataProvider().refreshAll();
            });
            submit.addClassName("submit-marks");
            submit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            submit.getElement().setAttribute("aria-label", getTranslation("article.submit.aria", a.title()));
            com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(shown, submit);
            cell.addClassName("status-cell");
            return cell;
        }
        if (independent && lead && (w.status() == ArticleStatus.READY_FOR_REVIEW || w.status() == ArticleStatus.DONE)) {
            com.vaadin.flow.component.html.Anchor curate = new com.vaadin.flow.component.html.Anchor(pages.curate(a.id()),
                    getTranslation("article.curate"));
            curate.addClassName("curate-link");
            curate.getElement().setAttribute("aria-label", getTranslation("article.curate.aria", a.title()));
            com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(shown, curate);
            cell.addClassName("status-cell");
            return cell;
        }
        if (w.status() == ArticleStatus.READY_FOR_REVIEW || w.status() == ArticleStatus.DONE) {
            // Where its checking happens (and, for its author, where the outcomes are).
            com.vaadin.flow.component.html.Anchor check = new com.vaadin.flow.component.html.Anchor(pages.check(a.id()),
                    getTranslation("article.check"));
            check.addClassName("check-link");
            check.getElement().setAttribute("aria-label", getTranslation("article.check.aria", a.title()));
            com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(shown, check);
            cell.addClassName("status-cell");
            return cell;
        }
        return shown;
    }

    private void move(ArticleListEntry a, ArticleStatus to, String reason) {
        try {
            workflow.changeStatus(a.id(), to, reason);
            Notifications.success(getTranslation("article.moved." + to.name(), Texts.isolate(a.title())));
        } catch (DomainException refused) {
            Notifications.hint(refused.message(I18n.locale()));
        } catch (org.springframework.security.access.AccessDeniedException refused) {
            // Its words are the server's (English, for the log); the screen offers only moves the user may make,
            // so a refusal here means their role changed meanwhile.
            Notifications.hint(getTranslation("base.error.denied"));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (project == null ? getTranslation("article.project.title") : project.name()) + " · Crosscheck"; // not translated: the product's name
    }
}
