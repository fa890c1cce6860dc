package org.crosscheck.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.suggest.ClaimsTimeline;
import org.crosscheck.suggest.ClaimsTimelineCsv;
import org.crosscheck.suggest.SuggestionService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The claims timeline: for one thing counted at a time, the values each outlet reported, one line per
 * outlet against publication time, conflicts and updates marked; a point opens its words in the
 * reader. Below the chart the same values as a table (readable without the chart, and by screen readers).
 */
@Route("projects/:" + TimelineView.PROJECT_ID + "([0-9]{1,18})/timeline")
@PermitAll
public class TimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";
    private final Pages pages;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final ProjectService projects;
    private final SuggestionService suggestions;
    private ProjectSummary project;
    private ClaimsTimeline timeline;
    private final ClaimsTimelineChart chart = new ClaimsTimelineChart();
    private final Paragraph summary = new Paragraph();
    private final Grid<ClaimsTimeline.Point> values = new Grid<>();
    private final Div unplaced = new Div();

    TimelineView(ProjectService projects, SuggestionService suggestions, Pages pages) {
        this.pages = pages;
        this.projects = projects;
        this.suggestions = suggestions;
        addClassNames("page", "wide-page");
        chart.setId("timeline-chart");
        chart.addClassName("timeline-chart");
        chart.addPointOpenListener(e -> getUI().ifPresent(ui ->
                pages.go(ui, pages.articleAt(e.articleId, e.start, e.end))));
        summary.setId("timeline-summary");
        values.setId("timeline-values");
        values.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        values.setAllRowsVisible(true);
        values.addColumn(p -> p.at() == null ? "—" : p.timeKnown() ? MOMENT.format(p.at()) : DAY.format(p.at()) + " (day only)")
                .setHeader("Published").setAutoWidth(true).setFlexGrow(0);
        values.addColumn(p -> Texts.isolate(p.outlet())).setHeader("Outlet").setFlexGrow(1);
        values.addComponentColumn(p -> {
            Anchor open = new Anchor(pages.articleAt(p.articleId(), p.start(), p.end()), p.exact());
            open.addClassName(p.marked() ? "claim-marked" : "claim-proposed");
            open.getElement().setAttribute("title", "Read as " + p.claim() + (p.marked() ? " (annotated)" : " (suggested)"));
            return open;
        }).setHeader("Value").setFlexGrow(1);
        values.addComponentColumn(TimelineView::standing).setHeader("Standing").setFlexGrow(2);
        unplaced.setId("timeline-unplaced");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID).orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        timeline = suggestions.timeline(projectId);
        removeAll();

        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        Anchor matrix = new Anchor(pages.claims(projectId), "Claims matrix");
        matrix.setId("open-claims-from-timeline");
        FlexLayout title = new FlexLayout(new H2("Claims timeline"), matrix);
        title.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        title.getStyle().set("gap", "var(--lumo-space-m)");
        Paragraph about = new Paragraph("For each thing counted, the values every outlet reported, placed at the time "
                + "each article was published (UTC). Click a point to read it in its article.");
        about.addClassName("muted");
        add(back, title, about);

        if (timeline.topics().isEmpty()) {
            Span empty = new Span("No figures yet. Compute the suggestions on the Suggestions page, or mark figures "
                    + "with what they count, and their values appear here.");
            empty.setId("timeline-empty");
            empty.addClassName("muted");
            add(empty);
            return;
        }

        Select<ClaimsTimeline.Topic> counted = new Select<>();
        counted.setId("timeline-topic");
        counted.setLabel("Counted");
        counted.setItems(timeline.topics());
        counted.setItemLabelGenerator(t -> t.topic() + " · " + t.all().stream().map(ClaimsTimeline.Point::outlet).distinct().count()
                + " outlets" + (t.conflicting() ? " · ⚑ conflict" : t.updated() ? " · changed over time" : ""));
        counted.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        Anchor csv = new Anchor();
        csv.add(new Button("CSV", VaadinIcon.DOWNLOAD.create()));
        csv.setId("timeline-csv");
        csv.setHref((DownloadHandler) this::writeCsv);
        csv.getElement().setAttribute("download", true);
        Button png = new Button("PNG", VaadinIcon.PICTURE.create(), e -> chart.downloadPng(fileName(counted.getValue())));
        png.setId("timeline-png");
        png.getElement().setAttribute("title", "The chart shown, as a picture");
        for (Button b : List.of(png, (Button) csv.getChildren().findFirst().orElseThrow())) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        FlexLayout controls = new FlexLayout(counted, png, csv);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexComponent.Alignment.END);
        controls.getStyle().set("gap", "var(--lumo-space-s)");
        controls.setWidthFull();

        Div legend = new Div(new Span("● agrees"), new Span("◆ changed over time (differs only from an earlier report)"),
                new Span("▲ conflict (another outlet, same time)"), new Span("hollow: only the day is known"));
        legend.addClassNames("timeline-legend", "muted");

        add(controls, chart, legend, summary, new H3("Values"), values, unplaced);
        setHorizontalComponentAlignment(Alignment.STRETCH, chart, values);
        counted.setValue(timeline.topics().getFirst());
    }

    private void show(ClaimsTimeline.Topic topic) {
        chart.show(topic);
        chart.getElement().setAttribute("aria-label", "Values reported for " + topic.topic() + " over time");
        summary.setText(topic.conflicting() ? "⚑ Outlets give values that cannot all be right at the same time."
                : topic.updated() ? "The value changed over time: later reports differ only from earlier ones."
                : "All outlets agree.");
        summary.setClassName(topic.conflicting() ? "timeline-standing-conflict" : "muted");
        values.setItems(topic.all());
        unplaced.removeAll();
        if (!topic.unplaced().isEmpty()) {
            unplaced.add(new Paragraph("Not on the chart, for want of a publication date: "
                    + String.join(", ", topic.unplaced().stream().map(ClaimsTimeline.Point::outlet).distinct().toList())
                    + ". A lead adds the date in the article's details."));
            unplaced.addClassName("muted");
        }
    }

    private static Span standing(ClaimsTimeline.Point p) {
        String text = switch (p.standing()) {
            case AGREES -> "agrees";
            case UPDATE -> "changed over time";
            case CONFLICT -> "⚑ conflict";
        };
        Span s = new Span(text + (p.why() == null ? "" : ": " + p.why()));
        s.addClassName(switch (p.standing()) {
            case AGREES -> "muted";
            case UPDATE -> "timeline-standing-update";
            case CONFLICT -> "timeline-standing-conflict";
        });
        return s;
    }

    private String fileName(ClaimsTimeline.Topic topic) {
        String slug = topic == null ? "all" : topic.topic().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "timeline-" + project.id() + "-" + slug + ".png";
    }

    private void writeCsv(DownloadEvent event) throws IOException {
        event.setFileName("timeline-" + project.id() + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        event.getOutputStream().write(ClaimsTimelineCsv.of(suggestions.timeline(project.id())).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getPageTitle() {
        return project == null ? "Timeline · Crosscheck" : "Timeline · " + project.name() + " · Crosscheck";
    }
}
