package org.crosscheck.suggest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.crosscheck.suggest.ClaimsMatrix;
import org.crosscheck.suggest.SuggestionService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What each outlet claims about each thing counted: a row per topic, a column per article, the
 * figures in the cells; rows whose outlets disagree are flagged. A figure opens its span in the reader.
 */
@Route("projects/:" + ClaimsView.PROJECT_ID + "([0-9]{1,18})/claims")
@PermitAll
public class ClaimsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";
    private final Pages pages;

    private final ProjectService projects;
    private final SuggestionService suggestions;
    private ProjectSummary project;

    ClaimsView(ProjectService projects, SuggestionService suggestions, Pages pages) {
        this.pages = pages;
        this.projects = projects;
        this.suggestions = suggestions;
        addClassNames("page", "wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID).orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        ClaimsMatrix matrix = suggestions.claims(projectId);
        removeAll();

        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        Anchor review = new Anchor(pages.suggestions(projectId), getTranslation("suggest.claims.suggestions"));
        review.setId("open-suggestions-from-claims");
        Anchor csv = new Anchor();
        csv.add(new Button(getTranslation("suggest.claims.download-csv"), VaadinIcon.DOWNLOAD.create()));
        csv.setId("claims-csv");
        csv.setHref((DownloadHandler) this::writeCsv);
        csv.getElement().setAttribute("download", true);
        Anchor timeline = new Anchor(pages.timeline(projectId), getTranslation("suggest.claims.timeline"));
        timeline.setId("open-timeline-from-claims");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("suggest.claims.heading")), review, timeline, csv);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph about = new Paragraph(getTranslation("suggest.claims.about"));
        about.addClassName("muted");
        add(back, title, about);

        if (matrix.rows().isEmpty()) {
            Span empty = new Span(getTranslation("suggest.claims.empty"));
            empty.setId("claims-empty");
            empty.addClassName("muted");
            add(empty);
            return;
        }
        Grid<ClaimsMatrix.Row> grid = new Grid<>();
        grid.setId("claims");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(row -> {
            Span topic = new Span((row.conflicting() ? "⚑ " : "") + row.topic());
            topic.addClassName(row.conflicting() ? "claims-conflict" : "claims-topic");
            return topic;
        }).setHeader(getTranslation("suggest.claims.counted")).setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        for (int i = 0; i < matrix.columns().size(); i++) {
            int column = i;
            ClaimsMatrix.Column c = matrix.columns().get(i);
            grid.addComponentColumn(row -> cell(row.cells().get(column)))
                    .setHeader(Texts.isolate(c.outlet())).setTextAlign(ColumnTextAlign.START).setAutoWidth(true);
        }
        grid.setPartNameGenerator(row -> row.conflicting() ? "claims-row-conflict" : null);
        grid.setItems(matrix.rows());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Div cell(java.util.List<ClaimsMatrix.Claim> claims) {
        Div cell = new Div();
        for (ClaimsMatrix.Claim claim : claims) {
            Anchor open = new Anchor(pages.articleAt(claim.articleId(), claim.start(), claim.end()),
                    claim.exact());
            open.addClassName(claim.marked() ? "claim-marked" : "claim-proposed");
            String read = claim.claim() + (claim.counted() == null ? "" : " " + claim.counted());
            open.getElement().setAttribute("title", getTranslation(claim.marked() ? "suggest.claims.read-as-marked"
                    : "suggest.claims.read-as-proposed", read));
            cell.add(new Div(open));
        }
        return cell;
    }

    private void writeCsv(DownloadEvent event) throws IOException {
        event.setFileName("claims-" + project.id() + ".csv"); // not translated: a file name
        event.setContentType("text/csv; charset=UTF-8");
        event.getOutputStream().write(suggestions.claimsCsv(project.id()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getPageTitle() {
        return (project == null ? getTranslation("suggest.claims.title")
                : getTranslation("suggest.claims.title-of", project.name())) + " · Crosscheck"; // not translated: the product's name
    }
}
