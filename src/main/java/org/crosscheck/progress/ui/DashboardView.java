package org.crosscheck.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccountService;
import org.crosscheck.article.ArticleStatus;
import org.crosscheck.base.LiveChange;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.collab.Presence;
import org.crosscheck.collab.ui.LiveSubscription;
import org.crosscheck.progress.Progress;
import org.crosscheck.progress.ProgressService;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project's progress: articles per status, each reviewer's share, annotations per kind over time
 * and the checkers' outcomes. Each section is a chart beside a table of the same numbers (readable
 * without the chart, by screen readers and on paper); a number with a list behind it links there.
 * It follows the project's live changes (statuses, assignments, checks) and redraws.
 */
@Route("projects/:" + DashboardView.PROJECT_ID + "([0-9]{1,18})/dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String BRAND = " · Crosscheck"; // not translated: the product's name

    public static final String PROJECT_ID = "projectId";

    /** Okabe–Ito, as on the claims timeline: told apart with the common colour-vision deficiencies. */
    private static final Map<ArticleStatus, String> STATUS_COLOURS = Map.of(ArticleStatus.TODO, "#8F8F8F",
            ArticleStatus.IN_PROGRESS, "#0072B2", ArticleStatus.READY_FOR_REVIEW, "#E69F00", ArticleStatus.DONE, "#009E73");
    /** The built-in kinds in their reader colours (amber quotes, blue figures, green notes), a project kind in its own. */
    private static final Map<String, String> KIND_COLOURS = Map.ofEntries(Map.entry("QUOTE", "#E69F00"),
            Map.entry("FIGURE", "#0072B2"), Map.entry("NOTE", "#009E73"), Map.entry("ROSE", "#CC79A7"),
            Map.entry("VIOLET", "#7F63F0"), Map.entry("TEAL", "#14A5A5"), Map.entry("ORANGE", "#D55E00"),
            Map.entry("OLIVE", "#8C9614"), Map.entry("SLATE", "#6A7F9E"), Map.entry("BROWN", "#A0522D"),
            Map.entry("MAGENTA", "#C81EC8"));

    private final ProjectService projects;
    private final ProgressService progress;
    private final AccountService accounts;
    private final Pages pages;
    private final LiveSubscription live;
    private final Div sections = new Div();
    private ProjectSummary project;

    private final org.crosscheck.curation.CurationService curation;
    private final org.crosscheck.project.ProjectAccess access;

    DashboardView(ProjectService projects, ProgressService progress, AccountService accounts, Pages pages,
                  LiveUpdates liveUpdates, Presence presence, org.crosscheck.curation.CurationService curation,
                  org.crosscheck.project.ProjectAccess access) {
        this.curation = curation;
        this.access = access;
        this.projects = projects;
        this.progress = progress;
        this.accounts = accounts;
        this.pages = pages;
        this.live = new LiveSubscription(liveUpdates, presence);
        addClassNames("page", "wide-page", "dashboard");
        sections.setId("dashboard");
        sections.addClassName("dashboard-sections");
        // Statuses, assignments and checks are told on the project's topic; annotations on their
        // article's, so the annotation counts catch up with the next of those (or a reload).
        live.follow(this, accounts::me, () -> List.of(LiveChange.project(project.id())), changes -> draw());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID).orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        removeAll();
        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        Div title = new Div(new H2(getTranslation("progress.title")), live.avatars());
        title.addClassName("dashboard-title");
        Paragraph about = new Paragraph(getTranslation("progress.about"));
        about.addClassName("muted");
        add(back, title, about, sections);
        draw();
        live.restart();
    }

    private void draw() {
        sections.removeAll();
        Progress p = progress.of(project.id());
        if (p.empty()) {
            Div empty = new Div(new Paragraph(getTranslation("progress.empty.no-articles")),
                    new Paragraph(new Span(getTranslation("progress.empty.import-before")),
                            new Anchor(pages.project(project.id()), getTranslation("progress.empty.project-page")),
                            new Span(getTranslation("progress.empty.import-after"))));
            empty.setId("dashboard-empty");
            empty.addClassNames("dashboard-empty", "muted");
            sections.add(empty);
            return;
        }
        sections.add(statusSection(p), reviewersSection(p), kindsSection(p), checksSection(p));
        if (access.canLead(project.id()) && projects.isIndependent(project.id())) {
            sections.add(agreementSection());
        }
    }

    // ---- Agreement (independent marking; leads, who alone see every assignee's marks) ----

    private Component agreementSection() {
        List<org.crosscheck.curation.CurationService.ArticleAgreement> articles = curation.ofProject(project.id());
        if (articles.isEmpty()) {
            return emptySection("section-agreement", I18n.t("progress.agreement.heading"),
                    I18n.t("progress.agreement.empty"));
        }
        List<String> labels = articles.stream().map(a -> a.article().title()).toList();
        List<Long> f1 = articles.stream().map(a -> percent(a.agreement().overall().f1())).toList();
        List<Long> alpha = articles.stream().map(a -> percent(a.agreement().overall().alpha())).toList();
        DashboardChart chart = new DashboardChart("chart-agreement", I18n.t("progress.agreement.caption"));
        chart.bars(I18n.t("progress.agreement.chart"), false, false, labels,
                List.of(DashboardChart.Series.of("F1 × 100", f1, "#0072B2"), DashboardChart.Series.of("α × 100", alpha, "#E69F00")),
                null, "× 100", (series, index) -> pages.curate(articles.get(index).article().id()), pages::go);
        NativeTable table = table("table-agreement", I18n.t("progress.agreement.caption"), I18n.t("progress.column.article"),
                I18n.t("progress.agreement.submitted"), "F1", "α");
        for (var a : articles) {
            Anchor title = new Anchor(pages.curate(a.article().id()), a.article().title());
            row(table.getBody(), title, new Span(I18n.t("progress.agreement.submitted-of", a.submitted(), a.assignees())),
                    new Span(number(a.agreement().overall().f1())), new Span(number(a.agreement().overall().alpha())));
        }
        Paragraph note = new Paragraph(I18n.t("progress.agreement.note"));
        note.addClassNames("muted", "dashboard-note");
        return section("section-agreement", I18n.t("progress.agreement.heading"), chart, table, note);
    }

    private static long percent(Double value) {
        return value == null ? 0 : Math.round(value * 100);
    }

    private static String number(Double value) {
        return value == null ? "—" : String.format(I18n.locale(), "%.2f", value);
    }

    // ---- Articles by status ----

    private Component statusSection(Progress p) {
        List<ArticleStatus> statuses = List.of(ArticleStatus.values());
        String articles = I18n.t("progress.column.articles");
        DashboardChart chart = new DashboardChart("chart-status", I18n.t("progress.status.heading"));
        chart.bars(I18n.t("progress.status.heading"), false, false, statuses.stream().map(DashboardView::label).toList(),
                List.of(new DashboardChart.Series(articles, statuses.stream().map(p.articlesByStatus()::get).toList(),
                        null, statuses.stream().map(STATUS_COLOURS::get).toList())),
                null, articles, (series, index) -> pages.project(project.id(), statuses.get(index).name(), null),
                pages::go);
        NativeTable table = table("table-status", I18n.t("progress.status.heading"), I18n.t("progress.column.status"),
                articles);
        NativeTableBody body = table.getBody();
        for (ArticleStatus s : statuses) {
            row(body, swatch(label(s), STATUS_COLOURS.get(s)),
                    count(p.articlesByStatus().get(s), pages.project(project.id(), s.name(), null),
                            "status-" + slug(s.name()), I18n.t("progress.status.the-articles", label(s)))); // not translated: an element id
        }
        NativeTableRow total = row(body, new Span(I18n.t("progress.column.all")),
                count(p.articles(), pages.project(project.id()), "status-all", I18n.t("progress.status.all-articles")));
        total.addClassName("dashboard-total");
        return section("section-status", I18n.t("progress.status.heading"), chart, table, null);
    }

    // ---- Per reviewer ----

    private Component reviewersSection(Progress p) {
        List<Progress.Reviewer> reviewers = p.reviewers();
        List<ArticleStatus> statuses = List.of(ArticleStatus.values());
        if (reviewers.isEmpty()) {
            return emptySection("section-reviewers", I18n.t("progress.reviewers.heading"),
                    I18n.t("progress.reviewers.empty"));
        }
        DashboardChart chart = new DashboardChart("chart-reviewers", I18n.t("progress.reviewers.chart-label"));
        chart.bars(I18n.t("progress.reviewers.chart"), true, true,
                reviewers.stream().map(r -> r.user().displayName()).toList(),
                statuses.stream().map(s -> DashboardChart.Series.of(label(s),
                        reviewers.stream().map(r -> r.assigned().get(s)).toList(), STATUS_COLOURS.get(s))).toList(),
                null, I18n.t("progress.reviewers.value"), (series, index) -> {
                    Progress.Reviewer r = reviewers.get(index);
                    return r.assignable() ? pages.project(project.id(), statuses.get(series).name(), r.user().username()) : null;
                }, pages::go);
        // Lying bars: the chart grows with the people it shows.
        chart.getStyle().set("height", Math.max(12, 4 + 2.4 * reviewers.size()) + "rem");

        List<String> headers = new ArrayList<>(List.of(I18n.t("progress.column.reviewer")));
        statuses.forEach(s -> headers.add(label(s)));
        headers.add(I18n.t("progress.column.assigned"));
        headers.add(I18n.t("progress.column.annotations"));
        NativeTable table = table("table-reviewers", I18n.t("progress.reviewers.caption"), headers.toArray(String[]::new));
        NativeTableBody body = table.getBody();
        for (Progress.Reviewer r : reviewers) {
            String name = r.user().displayName();
            String username = r.user().username();
            List<Component> cells = new ArrayList<>();
            cells.add(new Span(name));
            for (ArticleStatus s : statuses) {
                cells.add(r.assignable() ? count(r.assigned().get(s), pages.project(project.id(), s.name(), username),
                        "reviewer-" + slug(username) + "-" + slug(s.name()), // not translated: an element id
                        I18n.t("progress.reviewers.in-status", name, label(s)))
                        : plain(r.assigned().get(s)));
            }
            cells.add(r.assignable() ? count(r.assignedTotal(), pages.project(project.id(), null, username),
                    "reviewer-" + slug(username) + "-assigned", I18n.t("progress.reviewers.every-article", name)) // not translated: an element id
                    : plain(r.assignedTotal()));
            // No list shows one person's annotations across a project, so this number links nowhere.
            Span made = plain(r.annotations());
            made.setId("reviewer-" + slug(username) + "-annotations");
            cells.add(made);
            NativeTableRow row = row(body, cells.toArray(Component[]::new));
            row.setId("reviewer-" + slug(username));
            if (!r.assignable()) {
                row.addClassName("muted");
                cells.getFirst().getElement().setAttribute("title", I18n.t("progress.reviewers.no-longer"));
            }
        }
        // A wide table: under its chart rather than beside it.
        Component section = section("section-reviewers", I18n.t("progress.reviewers.heading"), chart, table, null);
        section.getElement().getClassList().add("dashboard-stacked");
        return section;
    }

    // ---- Annotations per kind over time ----

    private Component kindsSection(Progress p) {
        Progress.Timeline t = p.annotations();
        if (t.total() == 0) {
            return emptySection("section-kinds", I18n.t("progress.kinds.heading"), I18n.t("progress.kinds.empty"));
        }
        String per = t.period().name();
        String annotations = I18n.t("progress.column.annotations");
        DashboardChart chart = new DashboardChart("chart-kinds", I18n.t("progress.kinds.chart-label." + per));
        chart.bars(I18n.t("progress.kinds.chart." + per), false, true,
                t.starts().stream().map(d -> periodLabel(t.period(), d, true)).toList(),
                t.kinds().stream().map(k -> DashboardChart.Series.of(kindName(k), k.counts(), colour(k))).toList(),
                t.period() == Progress.Period.WEEK ? I18n.t("progress.kinds.week-from-axis") : null, annotations, null,
                pages::go);

        NativeTable totals = table("table-kinds", I18n.t("progress.kinds.heading"), I18n.t("progress.column.kind"),
                annotations);
        for (Progress.KindSeries k : t.kinds()) {
            Span n = plain(k.total());
            n.setId("kind-" + slug(k.kindId()));
            row(totals.getBody(), swatch(kindName(k), colour(k)), n);
        }
        Span all = plain(t.total());
        all.setId("kind-all");
        row(totals.getBody(), new Span(I18n.t("progress.column.all")), all).addClassName("dashboard-total");

        // Every period's numbers, as the chart has them (only periods with annotations: the rest are nought).
        List<String> headers = new ArrayList<>(List.of(I18n.t("progress.kinds.period." + per)));
        t.kinds().forEach(k -> headers.add(kindName(k)));
        headers.add(I18n.t("progress.column.all"));
        NativeTable periods = table("table-periods", I18n.t("progress.kinds.chart-label." + per),
                headers.toArray(String[]::new));
        for (int i = 0; i < t.starts().size(); i++) {
            if (t.inPeriod(i) == 0) {
                continue;
            }
            List<Component> cells = new ArrayList<>();
            cells.add(new Span(periodLabel(t.period(), t.starts().get(i), false)));
            int at = i;
            t.kinds().forEach(k -> cells.add(plain(k.counts().get(at))));
            cells.add(plain(t.inPeriod(i)));
            row(periods.getBody(), cells.toArray(Component[]::new));
        }
        NativeDetails details = new NativeDetails(I18n.t("progress.kinds.per." + per), periods);
        details.setId("kinds-per-period");
        details.addClassName("dashboard-details");
        Div numbers = new Div(totals, details);
        Paragraph note = new Paragraph(I18n.t("progress.kinds.note"));
        note.addClassNames("muted", "dashboard-note");
        return section("section-kinds", I18n.t("progress.kinds.heading"), chart, numbers, note);
    }

    private static String colour(Progress.KindSeries k) {
        return KIND_COLOURS.getOrDefault(k.colour(), "#8F8F8F");
    }

    /** A built-in kind in the window's language, a project's own kind as its lead named it. */
    private static String kindName(Progress.KindSeries k) {
        return switch (k.kindId()) {
            case "QUOTE", "FIGURE", "NOTE" -> I18n.t("annotation.kind." + k.kindId() + ".name");
            default -> ProgressService.DELETED_KIND.equals(k.name()) ? I18n.t("progress.kinds.deleted") : k.name();
        };
    }

    private static String periodLabel(Progress.Period period, java.time.LocalDate start, boolean brief) {
        // Made per use: the window's language names the months.
        DateTimeFormatter day = I18n.dates("base.format.date", ZoneOffset.UTC);
        DateTimeFormatter shortDay = I18n.dates("base.format.day-month", ZoneOffset.UTC);
        return switch (period) {
            case DAY -> (brief ? shortDay : day).format(start);
            case WEEK -> brief ? shortDay.format(start) : I18n.t("progress.kinds.week-from", day.format(start));
            case MONTH -> I18n.dates("base.format.month", ZoneOffset.UTC).format(start);
        };
    }

    // ---- Checking ----

    private Component checksSection(Progress p) {
        Progress.Checks c = p.checks();
        if (c.total() == 0) {
            return emptySection("section-checks", I18n.t("progress.checks.heading"), I18n.t("progress.checks.empty"));
        }
        List<String> labels = List.of(I18n.t("progress.checks.approved"), I18n.t("progress.checks.needs-change"),
                I18n.t("progress.checks.rejected"), I18n.t("progress.checks.to-check"));
        List<Long> values = List.of(c.approved(), c.needsChange(), c.rejected(), c.toCheck());
        List<String> colours = List.of("#009E73", "#E69F00", "#D55E00", "#8F8F8F");
        String ready = pages.project(project.id(), ArticleStatus.READY_FOR_REVIEW.name(), null);
        String annotations = I18n.t("progress.column.annotations");
        DashboardChart chart = new DashboardChart("chart-checks", I18n.t("progress.checks.caption"));
        chart.bars(I18n.t("progress.checks.chart"), false, false, labels,
                List.of(new DashboardChart.Series(annotations, values, null, colours)), null, annotations,
                (series, index) -> index == 3 ? ready : null, pages::go);
        NativeTable table = table("table-checks", I18n.t("progress.checks.caption"), I18n.t("progress.column.decision"),
                annotations);
        String[] ids = {"checks-approved", "checks-needs-change", "checks-rejected", "checks-to-check"};
        for (int i = 0; i < 3; i++) {
            Span n = plain(values.get(i));
            n.setId(ids[i]);
            row(table.getBody(), swatch(labels.get(i), colours.get(i)), n);
        }
        // What waits is on the articles ready for review, each with its Check screen.
        row(table.getBody(), swatch(labels.get(3), colours.get(3)),
                count(c.toCheck(), ready, ids[3], I18n.t("progress.checks.to-check-about")));
        Paragraph note = new Paragraph(I18n.t("progress.checks.note"));
        note.addClassNames("muted", "dashboard-note");
        return section("section-checks", I18n.t("progress.checks.heading"), chart, table, note);
    }

    // ---- Building blocks ----

    /** A section: its heading, the chart and the numbers beside it, and a note under them. */
    private static Component section(String id, String heading, DashboardChart chart, Component numbers, Component note) {
        Div section = new Div();
        section.setId(id);
        section.addClassName("dashboard-section");
        Div body = new Div(chart, numbers);
        body.addClassName("dashboard-body");
        numbers.addClassName("dashboard-numbers");
        section.add(new H3(heading), body);
        if (note != null) {
            section.add(note);
        }
        return section;
    }

    /** A section with nothing to draw: a sentence instead of an empty chart. */
    private static Component emptySection(String id, String heading, String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassNames("muted", "dashboard-section-empty");
        Div section = new Div(new H3(heading), empty);
        section.setId(id);
        section.addClassName("dashboard-section");
        return section;
    }

    private static NativeTable table(String id, String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("dashboard-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        Arrays.stream(headers).forEach(h -> {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        });
        table.addBody();
        return table;
    }

    private static NativeTableRow row(NativeTableBody body, Component... cells) {
        NativeTableRow row = body.addRow();
        for (int i = 0; i < cells.length; i++) {
            if (i == 0) {
                NativeTableHeaderCell first = row.addHeaderCell();
                first.getElement().setAttribute("scope", "row");
                first.add(cells[i]);
            } else {
                NativeTableCell cell = row.addDataCell();
                cell.addClassName("dashboard-number");
                cell.add(cells[i]);
            }
        }
        return row;
    }

    /** A number that opens the list it counts; {@code about} says which list, for screen readers. */
    private static Anchor count(long n, String address, String id, String about) {
        Anchor link = new Anchor(address, format(n));
        link.setId(id);
        link.addClassName("dashboard-count");
        link.getElement().setAttribute("aria-label", format(n) + " — " + about);
        return link;
    }

    private static Span plain(long n) {
        return new Span(format(n));
    }

    private static Span swatch(String label, String colour) {
        Span dot = new Span();
        dot.addClassName("dashboard-swatch");
        dot.getStyle().set("background", colour);
        dot.getElement().setAttribute("aria-hidden", "true");
        Span out = new Span(dot, new Span(label));
        out.addClassName("dashboard-label");
        return out;
    }

    private static String format(long n) {
        return NumberFormat.getIntegerInstance(I18n.locale()).format(n);
    }

    /** An article status in the window's language. */
    private static String label(ArticleStatus status) {
        return I18n.t("progress.article-status." + status.name());
    }

    /** An id fragment from a username or a name: letters, digits and hyphens. */
    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("progress.title");
        return project == null ? title + BRAND : title + " · " + project.name() + BRAND;
    }
}
