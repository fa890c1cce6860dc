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
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.suggest.ClaimsTimeline;
import org.crosscheck.suggest.ClaimsTimelineCsv;
import org.crosscheck.suggest.SuggestionService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
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
        values.addColumn(p -> p.at() == null ? "—" : p.timeKnown()
                        ? I18n.dates("base.format.date-time-utc", ZoneOffset.UTC).format(p.at())
                        : I18n.t("suggest.timeline.day-only", I18n.dates("base.format.date", ZoneOffset.UTC).format(p.at())))
                .setHeader(getTranslation("suggest.timeline.published")).setAutoWidth(true).setFlexGrow(0);
        values.addColumn(p -> Texts.isolate(p.outlet())).setHeader(getTranslation("suggest.timeline.outlet")).setFlexGrow(1);
        values.addComponentColumn(p -> {
            Anchor open = new Anchor(pages.articleAt(p.articleId(), p.start(), p.end()), p.exact());
            open.addClassName(p.marked() ? "claim-marked" : "claim-proposed");
            open.getElement().setAttribute("title", I18n.t(p.marked() ? "suggest.timeline.read-as-marked"
                    : "suggest.timeline.read-as-proposed", p.claim()));
            return open;
        }).setHeader(getTranslation("suggest.timeline.value")).setFlexGrow(1);
        values.addComponentColumn(TimelineView::standing).setHeader(getTranslation("suggest.timeline.standing")).setFlexGrow(2);
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
        Anchor matrix = new Anchor(pages.claims(projectId), getTranslation("suggest.timeline.matrix"));
        matrix.setId("open-claims-from-timeline");
        FlexLayout title = new FlexLayout(new H2(getTranslation("suggest.timeline.heading")), matrix);
        title.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        title.getStyle().set("gap", "var(--lumo-space-m)");
        Paragraph about = new Paragraph(getTranslation("suggest.timeline.about"));
        about.addClassName("muted");
        add(back, title, about);

        if (timeline.topics().isEmpty()) {
            Span empty = new Span(getTranslation("suggest.timeline.empty"));
            empty.setId("timeline-empty");
            empty.addClassName("muted");
            add(empty);
            return;
        }

        Select<ClaimsTimeline.Topic> counted = new Select<>();
        counted.setId("timeline-topic");
        counted.setLabel(getTranslation("suggest.timeline.counted"));
        counted.setItems(timeline.topics());
        counted.setItemLabelGenerator(t -> getTranslation(t.conflicting() ? "suggest.timeline.topic-conflict"
                : t.updated() ? "suggest.timeline.topic-updated" : "suggest.timeline.topic", t.topic(),
                t.all().stream().map(ClaimsTimeline.Point::outlet).distinct().count()));
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
        png.getElement().setAttribute("title", getTranslation("suggest.timeline.png-title"));
        for (Button b : List.of(png, (Button) csv.getChildren().findFirst().orElseThrow())) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        FlexLayout controls = new FlexLayout(counted, png, csv);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexComponent.Alignment.END);
        controls.getStyle().set("gap", "var(--lumo-space-s)");
        controls.setWidthFull();

        Div legend = new Div(new Span(getTranslation("suggest.timeline.legend.agrees")),
                new Span(getTranslation("suggest.timeline.legend.update")),
                new Span(getTranslation("suggest.timeline.legend.conflict")),
                new Span(getTranslation("suggest.timeline.legend.hollow")));
        legend.addClassNames("timeline-legend", "muted");

        add(controls, chart, legend, summary, new H3(getTranslation("suggest.timeline.values")), values, unplaced);
        setHorizontalComponentAlignment(Alignment.STRETCH, chart, values);
        counted.setValue(timeline.topics().getFirst());
    }

    private void show(ClaimsTimeline.Topic topic) {
        chart.show(topic);
        chart.getElement().setAttribute("aria-label", getTranslation("suggest.timeline.chart-label", topic.topic()));
        summary.setText(getTranslation(topic.conflicting() ? "suggest.timeline.summary.conflict"
                : topic.updated() ? "suggest.timeline.summary.update" : "suggest.timeline.summary.agrees"));
        summary.setClassName(topic.conflicting() ? "timeline-standing-conflict" : "muted");
        values.setItems(topic.all());
        unplaced.removeAll();
        if (!topic.unplaced().isEmpty()) {
            unplaced.add(new Paragraph(getTranslation("suggest.timeline.unplaced",
                    String.join(", ", topic.unplaced().stream().map(ClaimsTimeline.Point::outlet).distinct().toList()))));
            unplaced.addClassName("muted");
        }
    }

    private static Span standing(ClaimsTimeline.Point p) {
        String text = I18n.t("suggest.timeline.standing." + p.standing().name());
        Span s = new Span(p.why() == null ? text : I18n.t("suggest.timeline.standing-why", text, p.why()));
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
        return "timeline-" + project.id() + "-" + slug + ".png"; // not translated: a file name
    }

    private void writeCsv(DownloadEvent event) throws IOException {
        event.setFileName("timeline-" + project.id() + ".csv"); // not translated: a file name
        event.setContentType("text/csv; charset=UTF-8");
        event.getOutputStream().write(ClaimsTimelineCsv.of(suggestions.timeline(project.id())).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getPageTitle() {
        return (project == null ? getTranslation("suggest.timeline.title")
                : getTranslation("suggest.timeline.title-of", project.name())) + " · Crosscheck"; // not translated: the product's name
    }
}
