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
import org.crosscheck.base.ui.Pages;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.collab.Presence;
import org.crosscheck.collab.ui.LiveSubscription;
import org.crosscheck.progress.Progress;
import org.crosscheck.progress.ProgressService;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;

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

    public static final String PROJECT_ID = "projectId";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
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
        Div title = new Div(new H2("Progress"), live.avatars());
        title.addClassName("dashboard-title");
        Paragraph about = new Paragraph("Where the work stands. Each chart has its numbers beside it; "
                + "a number that is a link opens the list it counts.");
        about.addClassName("muted");
        add(back, title, about, sections);
        draw();
        live.restart();
    }

    private void draw() {
        sections.removeAll();
        Progress p = progress.of(project.id());
        if (p.empty()) {
            Div empty = new Div(new Paragraph("Nothing to count yet: the project has no articles."),
                    new Paragraph(new Span("Import articles on the "), new Anchor(pages.project(project.id()), "project page"),
                            new Span(", assign them to reviewers and annotate them; their progress shows here.")));
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
            return emptySection("section-agreement", "Agreement",
                    "No article has two assignees yet: assign articles to two reviewers to compare their marks.");
        }
        List<String> labels = articles.stream().map(a -> a.article().title()).toList();
        List<Long> f1 = articles.stream().map(a -> percent(a.agreement().overall().f1())).toList();
        List<Long> alpha = articles.stream().map(a -> percent(a.agreement().overall().alpha())).toList();
        DashboardChart chart = new DashboardChart("chart-agreement", "Agreement per article");
        chart.bars("Agreement per article (× 100)", false, false, labels,
                List.of(DashboardChart.Series.of("F1 × 100", f1, "#0072B2"), DashboardChart.Series.of("α × 100", alpha, "#E69F00")),
                null, "× 100", (series, index) -> pages.curate(articles.get(index).article().id()), pages::go);
        NativeTable table = table("table-agreement", "Agreement per article", "Article", "Submitted", "F1", "α");
        for (var a : articles) {
            Anchor title = new Anchor(pages.curate(a.article().id()), a.article().title());
            row(table.getBody(), title, new Span(a.submitted() + " of " + a.assignees()),
                    new Span(number(a.agreement().overall().f1())), new Span(number(a.agreement().overall().alpha())));
        }
        Paragraph note = new Paragraph("F1 pairs the assignees' overlapping marks of a kind; Krippendorff's α compares "
                + "what each marked, position by position, corrected for chance. An article opens its curation.");
        note.addClassNames("muted", "dashboard-note");
        return section("section-agreement", "Agreement", chart, table, note);
    }

    private static long percent(Double value) {
        return value == null ? 0 : Math.round(value * 100);
    }

    private static String number(Double value) {
        return value == null ? "—" : String.format(java.util.Locale.ENGLISH, "%.2f", value);
    }

    // ---- Articles by status ----

    private Component statusSection(Progress p) {
        List<ArticleStatus> statuses = List.of(ArticleStatus.values());
        DashboardChart chart = new DashboardChart("chart-status", "Articles by status");
        chart.bars("Articles by status", false, false, statuses.stream().map(ArticleStatus::label).toList(),
                List.of(new DashboardChart.Series("Articles", statuses.stream().map(p.articlesByStatus()::get).toList(),
                        null, statuses.stream().map(STATUS_COLOURS::get).toList())),
                null, "Articles", (series, index) -> pages.project(project.id(), statuses.get(index).name(), null),
                pages::go);
        NativeTable table = table("table-status", "Articles by status", "Status", "Articles");
        NativeTableBody body = table.getBody();
        for (ArticleStatus s : statuses) {
            row(body, swatch(s.label(), STATUS_COLOURS.get(s)),
                    count(p.articlesByStatus().get(s), pages.project(project.id(), s.name(), null),
                            "status-" + slug(s.name()), s.label() + ": the articles"));
        }
        NativeTableRow total = row(body, new Span("All"),
                count(p.articles(), pages.project(project.id()), "status-all", "All articles"));
        total.addClassName("dashboard-total");
        return section("section-status", "Articles by status", chart, table, null);
    }

    // ---- Per reviewer ----

    private Component reviewersSection(Progress p) {
        List<Progress.Reviewer> reviewers = p.reviewers();
        List<ArticleStatus> statuses = List.of(ArticleStatus.values());
        if (reviewers.isEmpty()) {
            return emptySection("section-reviewers", "Reviewers",
                    "No one may annotate in this project yet: a lead adds members as reviewers on the Members tab.");
        }
        DashboardChart chart = new DashboardChart("chart-reviewers", "Articles assigned to each reviewer, by status");
        chart.bars("Articles assigned, by status", true, true,
                reviewers.stream().map(r -> r.user().displayName()).toList(),
                statuses.stream().map(s -> DashboardChart.Series.of(s.label(),
                        reviewers.stream().map(r -> r.assigned().get(s)).toList(), STATUS_COLOURS.get(s))).toList(),
                null, "Articles assigned", (series, index) -> {
                    Progress.Reviewer r = reviewers.get(index);
                    return r.assignable() ? pages.project(project.id(), statuses.get(series).name(), r.user().username()) : null;
                }, pages::go);
        // Lying bars: the chart grows with the people it shows.
        chart.getStyle().set("height", Math.max(12, 4 + 2.4 * reviewers.size()) + "rem");

        List<String> headers = new ArrayList<>(List.of("Reviewer"));
        statuses.forEach(s -> headers.add(s.label()));
        headers.add("Assigned");
        headers.add("Annotations");
        NativeTable table = table("table-reviewers", "Articles assigned to each reviewer by status, and the annotations they made",
                headers.toArray(String[]::new));
        NativeTableBody body = table.getBody();
        for (Progress.Reviewer r : reviewers) {
            String name = r.user().displayName();
            String username = r.user().username();
            List<Component> cells = new ArrayList<>();
            cells.add(new Span(name));
            for (ArticleStatus s : statuses) {
                cells.add(r.assignable() ? count(r.assigned().get(s), pages.project(project.id(), s.name(), username),
                        "reviewer-" + slug(username) + "-" + slug(s.name()), name + ", " + s.label())
                        : plain(r.assigned().get(s)));
            }
            cells.add(r.assignable() ? count(r.assignedTotal(), pages.project(project.id(), null, username),
                    "reviewer-" + slug(username) + "-assigned", name + ": every article assigned")
                    : plain(r.assignedTotal()));
            // No list shows one person's annotations across a project, so this number links nowhere.
            Span made = plain(r.annotations());
            made.setId("reviewer-" + slug(username) + "-annotations");
            cells.add(made);
            NativeTableRow row = row(body, cells.toArray(Component[]::new));
            row.setId("reviewer-" + slug(username));
            if (!r.assignable()) {
                row.addClassName("muted");
                cells.getFirst().getElement().setAttribute("title", "No longer a member who may annotate");
            }
        }
        // A wide table: under its chart rather than beside it.
        Component section = section("section-reviewers", "Reviewers", chart, table, null);
        section.getElement().getClassList().add("dashboard-stacked");
        return section;
    }

    // ---- Annotations per kind over time ----

    private Component kindsSection(Progress p) {
        Progress.Timeline t = p.annotations();
        if (t.total() == 0) {
            return emptySection("section-kinds", "Annotations by kind",
                    "No annotations yet. They are counted here by kind and by the day they were made.");
        }
        String per = switch (t.period()) {
            case DAY -> "day";
            case WEEK -> "week";
            case MONTH -> "month";
        };
        DashboardChart chart = new DashboardChart("chart-kinds", "Annotations made per " + per + ", by kind");
        chart.bars("Annotations made per " + per, false, true, t.starts().stream().map(d -> periodLabel(t.period(), d, true)).toList(),
                t.kinds().stream().map(k -> DashboardChart.Series.of(k.name(), k.counts(), colour(k))).toList(),
                t.period() == Progress.Period.WEEK ? "Week from" : null, "Annotations", null, pages::go);

        NativeTable totals = table("table-kinds", "Annotations by kind", "Kind", "Annotations");
        for (Progress.KindSeries k : t.kinds()) {
            Span n = plain(k.total());
            n.setId("kind-" + slug(k.kindId()));
            row(totals.getBody(), swatch(k.name(), colour(k)), n);
        }
        Span all = plain(t.total());
        all.setId("kind-all");
        row(totals.getBody(), new Span("All"), all).addClassName("dashboard-total");

        // Every period's numbers, as the chart has them (only periods with annotations: the rest are nought).
        List<String> headers = new ArrayList<>(List.of(per.substring(0, 1).toUpperCase(Locale.ROOT) + per.substring(1)));
        t.kinds().forEach(k -> headers.add(k.name()));
        headers.add("All");
        NativeTable periods = table("table-periods", "Annotations made per " + per + ", by kind", headers.toArray(String[]::new));
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
        NativeDetails details = new NativeDetails("Per " + per, periods);
        details.setId("kinds-per-period");
        details.addClassName("dashboard-details");
        Div numbers = new Div(totals, details);
        Paragraph note = new Paragraph("An annotation is found in its article's reader; no list gathers them by kind, "
                + "so these numbers are not links.");
        note.addClassNames("muted", "dashboard-note");
        return section("section-kinds", "Annotations by kind", chart, numbers, note);
    }

    private static String colour(Progress.KindSeries k) {
        return KIND_COLOURS.getOrDefault(k.colour(), "#8F8F8F");
    }

    private static String periodLabel(Progress.Period period, java.time.LocalDate start, boolean brief) {
        return switch (period) {
            case DAY -> (brief ? SHORT_DAY : DAY).format(start);
            case WEEK -> brief ? SHORT_DAY.format(start) : "Week from " + DAY.format(start);
            case MONTH -> MONTH.format(start);
        };
    }

    // ---- Checking ----

    private Component checksSection(Progress p) {
        Progress.Checks c = p.checks();
        if (c.total() == 0) {
            return emptySection("section-checks", "Checking annotations",
                    "Nothing checked yet and nothing waiting: annotations wait for a checker once their article is "
                            + "ready for review.");
        }
        List<String> labels = List.of("Approved", "Needs change", "Rejected", "To check");
        List<Long> values = List.of(c.approved(), c.needsChange(), c.rejected(), c.toCheck());
        List<String> colours = List.of("#009E73", "#E69F00", "#D55E00", "#8F8F8F");
        String ready = pages.project(project.id(), ArticleStatus.READY_FOR_REVIEW.name(), null);
        DashboardChart chart = new DashboardChart("chart-checks", "Checkers' decisions on annotations");
        chart.bars("Annotations by checkers' decision", false, false, labels,
                List.of(new DashboardChart.Series("Annotations", values, null, colours)), null, "Annotations",
                (series, index) -> index == 3 ? ready : null, pages::go);
        NativeTable table = table("table-checks", "Checkers' decisions on annotations", "Decision", "Annotations");
        String[] ids = {"checks-approved", "checks-needs-change", "checks-rejected", "checks-to-check"};
        for (int i = 0; i < 3; i++) {
            Span n = plain(values.get(i));
            n.setId(ids[i]);
            row(table.getBody(), swatch(labels.get(i), colours.get(i)), n);
        }
        // What waits is on the articles ready for review, each with its Check screen.
        row(table.getBody(), swatch("To check", colours.get(3)),
                count(c.toCheck(), ready, ids[3], "To check: the articles ready for review"));
        Paragraph note = new Paragraph("Decisions that still hold (one on an annotation changed since waits again). "
                + "To check: annotations of articles ready for review without one; the link lists those articles.");
        note.addClassNames("muted", "dashboard-note");
        return section("section-checks", "Checking annotations", chart, table, note);
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
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    /** An id fragment from a username or a name: letters, digits and hyphens. */
    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @Override
    public String getPageTitle() {
        return project == null ? "Progress · Crosscheck" : "Progress · " + project.name() + " · Crosscheck";
    }
}
