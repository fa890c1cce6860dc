package org.crosscheck.suggest.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccountService;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.base.LiveChange;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.collab.ui.LiveSubscription;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.collab.Presence;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.suggest.SuggestionDetails;
import org.crosscheck.suggest.SuggestionFilter;
import org.crosscheck.suggest.SuggestionKind;
import org.crosscheck.suggest.SuggestionRunDetails;
import org.crosscheck.suggest.SuggestionRunner;
import org.crosscheck.suggest.SuggestionService;
import org.crosscheck.suggest.SuggestionStatus;
import org.springframework.data.domain.PageRequest;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A project's suggestions to review, one after the other from the keyboard: J and K move, A accepts,
 * R rejects, E puts the cursor in the first field to correct it. Computing them again runs in the
 * background with its progress shown; the page stays usable meanwhile.
 */
@Route("projects/:" + SuggestionsView.PROJECT_ID + "([0-9]{1,18})/suggestions")
@PermitAll
public class SuggestionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";
    private final Pages pages;
    /** What the review panel showed in the browser ("id:version"), or "" when it showed none. */
    private static final String SHOWN_IN_BROWSER = "(document.getElementById('suggestion-review') || {getAttribute: () => ''})"
            + ".getAttribute('" + SuggestionReview.SHOWN_ATTRIBUTE + "') || ''";
    /** Below this window width (a phone) the list drops columns; styles.css stacks list and panel below 900px. */
    private static final int NARROW = 700;
    private static final String KIND = "kind";
    private static final String STATUS = "status";
    /** The filters' options, as the address names them; the screen shows suggest.filter.kind.* and .status.*. */
    private static final String ALL = "all";
    private static final String PENDING = "pending";
    private static final String CONTRADICTIONS = "contradictions";
    private static final List<String> KINDS = List.of(ALL, "quotes", "figures", CONTRADICTIONS);
    private static final List<String> STATUSES = List.of(PENDING, "accepted", "rejected", ALL);

    private final ProjectService projects;
    private final ArticleService articles;
    private final SuggestionService suggestions;
    private final SuggestionRunner runner;
    private final LiveSubscription live;
    private ProjectSummary project;
    private Map<Long, ArticleSummary> articlesById = Map.of();
    private final Select<String> kind = new Select<>();
    private final Select<String> status = new Select<>();
    private final Grid<SuggestionDetails> grid = new Grid<>();
    private final Div details = new Div();
    private final Span count = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span runStatus = new Span();
    private final Button run = new Button(I18n.t("suggest.list.run"), VaadinIcon.MAGIC.create());
    private CallbackDataProvider<SuggestionDetails, Void> provider;
    private Grid.Column<SuggestionDetails> kindColumn;
    private Grid.Column<SuggestionDetails> whereColumn;
    private Grid.Column<SuggestionDetails> proposedColumn;
    private Grid.Column<SuggestionDetails> sureColumn;
    private boolean narrow;
    private Registration resize;
    private SuggestionReview review;
    private Long watchedRun;
    private Registration polling;
    private boolean mayReview;

    SuggestionsView(ProjectService projects, ArticleService articles, SuggestionService suggestions,
                    SuggestionRunner runner, AccountService accounts, LiveUpdates liveUpdates, Presence presence, Pages pages) {
        this.pages = pages;
        this.projects = projects;
        this.articles = articles;
        this.suggestions = suggestions;
        this.runner = runner;
        this.live = new LiveSubscription(liveUpdates, presence);
        live.follow(this, accounts::me, () -> List.of(LiveChange.project(project.id())), changes -> {
            if (changes.stream().anyMatch(c -> c.entity().startsWith("suggestion"))) {
                // The list follows; the panel keeps the suggestion it shows and says if it was decided.
                refresh(false);
                if (review != null) {
                    review.refreshFromOthers();
                }
                showRun(suggestions.latestRun(project.id()));
            }
        });
        addClassNames("page", "wide-page", "suggestions-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID).orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        mayReview = suggestions.mayReview(projectId);
        articlesById = new LinkedHashMap<>();
        articles.list(projectId).forEach(a -> articlesById.put(a.id(), a));
        removeAll();

        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        Anchor claims = new Anchor(pages.claims(projectId), getTranslation("suggest.list.claims"));
        claims.setId("open-claims");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("suggest.list.heading")), live.avatars(), claims);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        title.addClassName("suggestions-title");

        run.setId("run-suggestions");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setVisible(mayReview);
        run.addClickListener(e -> start());
        progress.setId("suggestions-progress");
        progress.setWidth("12rem");
        progress.setVisible(false);
        runStatus.setId("run-status");
        runStatus.addClassName("muted");
        HorizontalLayout runBar = new HorizontalLayout(run, progress, runStatus);
        runBar.setAlignItems(FlexComponent.Alignment.CENTER);
        runBar.addClassName("suggestions-run");
        // Title and computing share a row when there is room: the height goes to the list and the panel.
        Div head = new Div(title, runBar);
        head.addClassName("suggestions-head");

        kind.setId("filter-kind");
        kind.setLabel(getTranslation("suggest.filter.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("suggest.filter.kind." + k));
        kind.setValue(ALL);
        status.setId("filter-status");
        status.setLabel(getTranslation("suggest.filter.status"));
        status.setItems(STATUSES);
        status.setItemLabelGenerator(k -> getTranslation("suggest.filter.status." + k));
        status.setValue(PENDING);
        // The filters live in the address, so a reload or a shared link shows the same list.
        QueryParameters query = event.getLocation().getQueryParameters();
        kind.setValue(option(query, KIND, KINDS, ALL));
        status.setValue(option(query, STATUS, STATUSES, PENDING));
        kind.addValueChangeListener(e -> { fitColumns(); refresh(true); remember(projectId); });
        status.addValueChangeListener(e -> { refresh(true); remember(projectId); });
        count.setId("suggestion-count");
        count.addClassName("muted");
        HorizontalLayout filters = new HorizontalLayout(kind, status, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("suggestions-filters");

        configureGrid(projectId);
        details.setId("suggestion-details");
        details.addClassName("suggestion-details");
        Span help = new Span(getTranslation("suggest.list.keys"));
        help.addClassName("muted");
        VerticalLayout left = new VerticalLayout(filters, grid, help);
        left.setPadding(false);
        left.addClassName("suggestions-list");
        // On a wide screen the page fits the window: the list and the panel beside it scroll each on its
        // own, so the suggestion shown and its Accept and Reject stay in view beside the list (styles.css).
        Div body = new Div(left, details);
        body.addClassName("suggestions-body");
        add(back, head, nearDuplicates(projectId), body);
        refresh(true);
        showRun(suggestions.latestRun(projectId));
        live.restart();
    }

    /** The option named by the query parameter {@code name}, in any case; {@code fallback} when absent or unknown. */
    private static String option(QueryParameters query, String name, List<String> options, String fallback) {
        return query.getSingleParameter(name)
                .flatMap(v -> options.stream().filter(o -> o.equalsIgnoreCase(v.strip())).findFirst())
                .orElse(fallback);
    }

    /** Writes the filters into the address without a new history entry; the defaults are left out. */
    private void remember(long projectId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (kind.getValue() != null && !ALL.equals(kind.getValue())) {
            parameters.put(KIND, kind.getValue().toLowerCase(Locale.ROOT));
        }
        if (status.getValue() != null && !PENDING.equals(status.getValue())) {
            parameters.put(STATUS, status.getValue().toLowerCase(Locale.ROOT));
        }
        String address = pages.suggestions(projectId)
                + (parameters.isEmpty() ? "" : "?" + QueryParameters.simple(parameters).getQueryString());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
    }

    /** The articles that are copies of others, each with a link to both paragraph by paragraph. */
    private Div nearDuplicates(long projectId) {
        Div list = new Div();
        list.setId("near-duplicates");
        for (org.crosscheck.suggest.engine.NearDuplicate d : suggestions.nearDuplicates(projectId)) {
            Anchor compare = new Anchor(NearDuplicateNotice.link(pages, d), getTranslation("suggest.list.near-duplicate",
                    where(d.articleId()), where(d.ofArticleId()), Math.round(d.similarity() * 100)));
            list.add(new Div(compare));
        }
        list.setVisible(list.getComponentCount() > 0);
        list.addClassName("near-duplicates");
        return list;
    }

    private String where(long articleId) {
        ArticleSummary a = articlesById.get(articleId);
        return a == null ? I18n.t("suggest.list.an-article") : Texts.isolate(a.outlet() == null || a.outlet().isBlank() ? a.title() : a.outlet());
    }

    private void configureGrid(long projectId) {
        provider = new CallbackDataProvider<>(
                q -> suggestions.page(projectId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) suggestions.count(projectId, filter()), SuggestionDetails::id);
        grid.setId("suggestions");
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        kindColumn = grid.addComponentColumn(s -> {
            Span badge = new Span(s.kind() == SuggestionKind.CONTRADICTION ? SuggestionWords.category(s, I18n.locale())
                    : I18n.t("suggest.kind." + s.kind().name()));
            badge.addClassNames("badge", "k-" + (s.kind() == SuggestionKind.CONTRADICTION ? "contradiction"
                    : s.kind().name().toLowerCase()));
            return badge;
        }).setHeader(getTranslation("suggest.list.column.kind")).setFlexGrow(0);
        whereColumn = grid.addColumn(this::where).setHeader(getTranslation("suggest.list.column.where")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.span() != null ? "“" + Texts.abbreviate(s.span().exact(), 110) + "”"
                : Texts.abbreviate(s.explanation(), 110)).setHeader(getTranslation("suggest.list.column.text")).setFlexGrow(3);
        proposedColumn = grid.addColumn(s -> s.kind() == SuggestionKind.CONTRADICTION ? ""
                        : SuggestionWords.summary(s, I18n.locale()))
                .setHeader(getTranslation("suggest.list.column.proposed")).setFlexGrow(2);
        sureColumn = grid.addColumn(s -> I18n.t("suggest.list.percent", s.confidence()))
                .setHeader(getTranslation("suggest.list.column.sure")).setAutoWidth(true).setFlexGrow(0);
        fitColumns();
        grid.setItems(provider);
        grid.setEmptyStateText(getTranslation(mayReview ? "suggest.list.empty-reviewer" : "suggest.list.empty"));
        // The row as the grid rendered it (the client names it by its key), never one looked up again.
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::show, this::clearDetails));
        Shortcuts.addShortcutListener(grid, () -> move(1), Key.KEY_J).listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> move(-1), Key.KEY_K).listenOn(grid);
        // A and R carry what the panel showed in the browser when the key went down, read there.
        grid.getElement().addEventListener("keydown", e -> act("a".equals(e.getEventData().path("event.key").asString("")),
                        e.getEventData().path(SHOWN_IN_BROWSER).asString("")))
                .setFilter("(event.key === 'a' || event.key === 'r') && !event.ctrlKey && !event.metaKey" // not translated: a script
                        + " && !event.altKey") // not translated: a script
                .addEventData("event.key")
                .addEventData(SHOWN_IN_BROWSER);
        Shortcuts.addShortcutListener(grid, () -> {
            if (review != null) {
                review.edit();
            }
        }, Key.KEY_E).listenOn(grid);
    }

    /**
     * The columns that fit: on a phone the list shows the kind and the words only (where, the proposal
     * and how sure are in the panel below it); a contradiction proposes nothing of its own, so its list
     * has no Proposed column and its text gets the room.
     */
    private void fitColumns() {
        if (kindColumn == null) {
            return;
        }
        kindColumn.setWidth(narrow ? "7rem" : "11rem");
        whereColumn.setVisible(!narrow);
        sureColumn.setVisible(!narrow);
        proposedColumn.setVisible(!narrow && !CONTRADICTIONS.equals(kind.getValue()));
    }

    private void fitColumns(int windowWidth) {
        boolean now = windowWidth > 0 && windowWidth < NARROW;
        if (now != narrow) {
            narrow = now;
            fitColumns();
        }
    }

    private String where(SuggestionDetails s) {
        return s.articleId() != null ? where(s.articleId()) : I18n.t("suggest.list.articles", s.articleIds().size());
    }

    private SuggestionFilter filter() {
        SuggestionKind k = switch (kind.getValue()) {
            case "quotes" -> SuggestionKind.QUOTE;
            case "figures" -> SuggestionKind.FIGURE;
            case CONTRADICTIONS -> SuggestionKind.CONTRADICTION;
            default -> null;
        };
        SuggestionStatus st = switch (status.getValue()) {
            case PENDING -> SuggestionStatus.PENDING;
            case "accepted" -> SuggestionStatus.ACCEPTED;
            case "rejected" -> SuggestionStatus.REJECTED;
            default -> null;
        };
        return new SuggestionFilter(k, st, null);
    }

    /**
     * Reloads the list; {@code fromTop} forgets the selection (new filters). Otherwise the selection
     * and the panel stay as they are, even when the shown suggestion leaves the list (decided by
     * someone): what the user looks at never changes by itself.
     */
    private void refresh(boolean fromTop) {
        provider.refreshAll();
        long n = suggestions.count(project.id(), filter());
        count.setText(getTranslation("suggest.list.count", n));
        if (fromTop) {
            grid.deselectAll();
        }
    }

    /**
     * J and K: the next or previous row from the suggestion shown, counted in the list as it is now.
     * When the shown one has left the list (decided), the next is the row that took its place.
     */
    private void move(int by) {
        if (review == null) {
            selectAt(by > 0 ? 0 : -1);
            return;
        }
        int before = (int) suggestions.rank(project.id(), filter(), review.suggestionId());
        selectAt(by > 0 ? (listed(review.suggestionId()) ? before + 1 : before) : before - 1);
    }

    /** Whether the suggestion is (still) in the filtered list. */
    private boolean listed(long suggestionId) {
        return suggestions.rank(project.id(), filter(), suggestionId + 1)
                > suggestions.rank(project.id(), filter(), suggestionId);
    }

    /** Selects and shows the row at {@code index}; out of the list, nothing changes. */
    private void selectAt(int index) {
        if (index < 0) {
            return;
        }
        List<SuggestionDetails> at = suggestions.page(project.id(), filter(), PageRequest.of(index, 1));
        if (at.isEmpty()) {
            return;
        }
        SuggestionDetails row = at.getFirst();
        if (review != null && review.suggestionId() == row.id()) {
            // The same suggestion, perhaps changed: the selection does not change, so it is shown anew here.
            show(row);
        }
        grid.select(row);
        grid.scrollToIndex(index);
    }

    /**
     * A or R, pressed while the browser's panel showed {@code shownThen}: the decision is for that
     * suggestion at that version. If the panel here shows another by the time the key arrives (it
     * changed on the user's own step an instant before), nothing is decided: the user is told, and
     * presses again on what they now see.
     */
    private void act(boolean accept, String shownThen) {
        if (review == null || !mayReview || shownThen == null || shownThen.isEmpty()) {
            return;
        }
        if (!shownThen.equals(review.shown())) {
            Notifications.hint(decidedMeanwhile(shownThen).orElse(getTranslation("suggest.list.panel-changed",
                    accept ? "A" : "R")));
            return;
        }
        if (accept) {
            review.accept();
        } else {
            review.reject();
        }
    }

    /** Who decided the suggestion named "id:version" since that version, if anyone did (a key pressed twice). */
    private Optional<String> decidedMeanwhile(String shownThen) {
        String[] parts = shownThen.split(":", 2);
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,18}") || !parts[1].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        try {
            SuggestionDetails now = suggestions.get(Long.parseLong(parts[0]));
            return now.version() == Long.parseLong(parts[1]) ? Optional.empty()
                    : suggestions.decisionOf(now).map(d -> getTranslation("suggest.list.decided-meanwhile",
                    SuggestionWords.told(d)));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private void show(SuggestionDetails s) {
        details.removeAll();
        review = new SuggestionReview(pages, s, articlesById, suggestions, mayReview, decided -> {
            // The user's own decision: on to the row that takes its place (or the same, if the list keeps it).
            refresh(false);
            SuggestionReview shownBefore = review;
            selectAt((int) suggestions.rank(project.id(), filter(), decided.id()));
            if (review == shownBefore) {
                // Nothing took its place (the list is done): the panel shows it as decided.
                show(decided);
            }
            grid.focus();
        });
        details.add(review);
    }

    private void clearDetails() {
        details.removeAll();
        review = null;
        Span none = new Span(getTranslation(mayReview ? "suggest.list.select-to-review" : "suggest.list.select-to-see"));
        none.addClassName("muted");
        details.add(none);
    }

    private void start() {
        SuggestionRunDetails started = runner.start(project.id());
        showRun(Optional.of(started));
        Notifications.info(getTranslation("suggest.list.started"));
    }

    /** The last run: its progress while it goes (polled), or when it ended and what it proposed. */
    private void showRun(Optional<SuggestionRunDetails> last) {
        if (last.isEmpty()) {
            runStatus.setText(mayReview ? getTranslation("suggest.list.not-computed") : "");
            progress.setVisible(false);
            return;
        }
        SuggestionRunDetails r = last.get();
        if (r.running()) {
            progress.setVisible(true);
            progress.setMax(Math.max(1, r.articlesTotal()));
            progress.setValue(Math.min(r.articlesDone(), Math.max(1, r.articlesTotal())));
            runStatus.setText(runStatus(r));
            run.setEnabled(false);
            watch(r.id());
            return;
        }
        stopWatching();
        progress.setVisible(false);
        run.setEnabled(true);
        runStatus.setText("FAILED".equals(r.status()) ? getTranslation("suggest.run.failed", r.error())
                : getTranslation("suggest.run.done", I18n.dates("base.format.date-time", ZoneId.systemDefault())
                .format(r.finishedAt()), r.proposed()));
        if (watchedRun != null && watchedRun == r.id()) {
            watchedRun = null;
            refresh(false);
        }
    }

    /** A run waits its turn behind other projects' runs, reads article by article, then compares them. */
    static String runStatus(SuggestionRunDetails r) {
        if (r.articlesDone() == 0) {
            return I18n.t("suggest.run.waiting", r.articlesTotal());
        }
        if (r.articlesDone() >= r.articlesTotal()) {
            return I18n.t("suggest.run.comparing", r.articlesTotal());
        }
        return I18n.t("suggest.run.computing", r.articlesDone(), r.articlesTotal());
    }

    private void watch(long runId) {
        watchedRun = runId;
        getUI().ifPresent(ui -> {
            if (polling == null) {
                ui.setPollInterval(700);
                polling = ui.addPollListener(e -> {
                    if (watchedRun != null) {
                        showRun(Optional.of(suggestions.run(project.id(), watchedRun)));
                    }
                });
            }
        });
    }

    private void stopWatching() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> fitColumns(e.getWidth()));
        if (watchedRun != null) {
            watch(watchedRun);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching();
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return (project == null ? getTranslation("suggest.list.title")
                : getTranslation("suggest.list.title-of", project.name())) + " · Crosscheck"; // not translated: the product's name
    }
}
