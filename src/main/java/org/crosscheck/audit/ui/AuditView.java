package org.crosscheck.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.audit.AuditDiff;
import org.crosscheck.audit.AuditEntry;
import org.crosscheck.audit.AuditFilter;
import org.crosscheck.audit.AuditService;
import org.crosscheck.audit.AuditVerification;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectService;
import org.crosscheck.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The audit trail: administrators see all of it, a project's leads the entries of their projects.
 * A lazy grid, newest first, read a keyset page at a time (a million entries cost what a hundred
 * do); filters; the selected entry's values before and after, field by field; the filtered trail
 * as CSV; and, for administrators, a check of the chain. Opened with {@code ?targetType=&targetId=}
 * it shows one annotation's or contradiction's history.
 */
@Route("audit")
@PageTitle("Audit · Crosscheck")
@PermitAll
public class AuditView extends VerticalLayout implements BeforeEnterObserver {

    public static final String TARGET_TYPE = "targetType";
    public static final String TARGET_ID = "targetId";
    public static final String PROJECT = "project";

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Div detail = new Div();
    private final TextField actor = field("Actor", "username", "audit-actor", "10rem");
    private final TextField action = field("Action", "annotation. or annotation.updated", "audit-action", "14rem");
    private final TextField project = field("Project", "id", "audit-project", "6rem");
    private final TextField article = field("Article", "id", "audit-article", "6rem");
    private final TextField targetType = field("Target", "annotation, contradiction…", "audit-target-type", "11rem");
    private final TextField targetId = field("Target id", "id", "audit-target-id", "6rem");
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("Before (UTC)");
    private final TextField text = field("Text", "in names and values", "audit-text", "14rem");
    private final Span problem = new Span();
    private final Span verified = new Span();
    /** For each offset the grid has reached, the number of the entry just before it: where the next keyset page starts. */
    private final NavigableMap<Integer, Long> seqBefore = new TreeMap<>();
    private AuditFilter filter = AuditFilter.everything();

    private final Names names;

    AuditView(AuditService audit, CurrentUser currentUser, ProjectService projects, ArticleService articles) {
        this.audit = audit;
        this.names = new Names(projects, articles);
        if (!audit.mayRead()) {
            throw new AccessDeniedException("Only administrators and the leads of a project may read the audit trail.");
        }
        addClassName("page");
        addClassName("audit-page");
        setSizeFull();
        H2 title = new H2("Audit trail");
        Paragraph about = new Paragraph(currentUser.isAdmin()
                ? "Every change, sign-in, export and import, newest first. Entries are chained: a check finds any "
                + "entry changed or removed in the database afterwards."
                : "The changes in the projects you lead, newest first.");
        about.addClassName("muted");
        add(title, about, filters(currentUser.isAdmin()), body());
        setFlexGrow(1, getComponentAt(getComponentCount() - 1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        first(query, TARGET_TYPE).ifPresent(targetType::setValue);
        first(query, TARGET_ID).ifPresent(targetId::setValue);
        first(query, PROJECT).ifPresent(project::setValue);
        apply();
    }

    private static java.util.Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.getFirst());
    }

    private Component filters(boolean admin) {
        for (TextField f : List.of(actor, action, project, article, targetType, targetId, text)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> apply());
        }
        for (DateTimePicker p : List.of(from, to)) {
            p.setStep(java.time.Duration.ofMinutes(15));
            p.addValueChangeListener(e -> apply());
        }
        from.setId("audit-from");
        to.setId("audit-to");
        Anchor csv = new Anchor();
        Button download = new Button("Download CSV", VaadinIcon.DOWNLOAD.create());
        csv.add(download);
        csv.setId("audit-csv");
        csv.setHref((DownloadHandler) this::writeCsv);
        csv.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(csv);
        if (admin) {
            Button verify = new Button("Check the chain", VaadinIcon.SHIELD.create(), e -> verify());
            verify.setId("audit-verify");
            verified.setId("audit-verify-result");
            actions.add(verify, verified);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
        }
        problem.addClassName("field-problem");
        problem.setId("audit-filter-problem");
        HorizontalLayout row = new HorizontalLayout(actor, action, project, article, targetType, targetId, from, to, text);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.END);
        VerticalLayout box = new VerticalLayout(row, new HorizontalLayout(actions, problem));
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private static TextField field(String label, String placeholder, String id, String width) {
        TextField f = new TextField(label);
        f.setPlaceholder(placeholder);
        f.setId(id);
        f.setClearButtonVisible(true);
        f.setMaxLength(200);
        f.setWidth(width);
        return f;
    }

    private Component body() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AuditEntry::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader("Time (UTC)").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Actor").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> AuditDiff.words(e).orElse(e.targetType() == null ? ""
                        : e.targetType() + (e.targetId() == null ? "" : " " + e.targetId())))
                .setHeader("Target").setAutoWidth(true);
        grid.addColumn(e -> e.articleId() == null ? "" : names.article(e.articleId())).setHeader("Article")
                .setAutoWidth(true);
        grid.addColumn(e -> e.projectId() == null ? "" : names.project(e.projectId())).setHeader("Project")
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::via).setHeader("How").setAutoWidth(true);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.setEmptyStateText("No entries match.");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setHeight("100%");
        detail.setId("audit-detail");
        detail.addClassName("audit-detail");
        show(null);
        HorizontalLayout body = new HorizontalLayout(grid, detail);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        detail.setWidth("30rem");
        detail.getStyle().set("flex-shrink", "0");
        return body;
    }

    private void apply() {
        try {
            filter = new AuditFilter(blankToNull(actor.getValue()), blankToNull(action.getValue()), number(project, "project"),
                    number(article, "article"), blankToNull(targetType.getValue()), number(targetId, "target id"),
                    instant(from.getValue()), instant(to.getValue()), blankToNull(text.getValue()));
            problem.setText("");
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        seqBefore.clear();
        grid.getDataProvider().refreshAll();
        grid.asSingleSelect().clear();
    }

    /**
     * The grid's window, read by keyset from the nearest offset already reached: the grid scrolls a
     * page after the other, so this is one query per page.
     */
    private Stream<AuditEntry> fetch(int offset, int limit) {
        Map.Entry<Integer, Long> start = seqBefore.floorEntry(offset);
        int at = start == null ? 0 : start.getKey();
        Long before = start == null ? null : start.getValue();
        List<AuditEntry> out = new ArrayList<>(limit);
        while (at < offset + limit) {
            int want = Math.min(500, offset + limit - at);
            List<AuditEntry> page = audit.page(filter, before, want);
            for (AuditEntry e : page) {
                if (at >= offset) {
                    out.add(e);
                }
                at++;
            }
            if (!page.isEmpty()) {
                before = page.getLast().seq();
                seqBefore.put(at, before);
            }
            if (page.size() < want) {
                break;
            }
        }
        return out.stream();
    }

    private void show(AuditEntry entry) {
        detail.removeAll();
        if (entry == null) {
            Paragraph hint = new Paragraph("Select an entry to see what it changed.");
            hint.addClassName("muted");
            detail.add(hint);
            return;
        }
        H3 heading = new H3(entry.action() + " · #" + entry.seq());
        Div who = new Div(new Span(entry.actor() == null ? "—" : entry.actor()), new Span(" · " + entry.via()),
                new Span(" · " + WHEN.format(entry.occurredAt()) + " UTC"),
                new Span(entry.clientAddress() == null ? "" : " · from " + entry.clientAddress()));
        who.addClassName("muted");
        who.setId("audit-detail-who");
        detail.add(heading, who);
        List<AuditDiff.Field> fields = AuditDiff.of(entry);
        if (fields.isEmpty()) {
            detail.add(new Paragraph("No values recorded."));
        } else {
            Grid<AuditDiff.Field> diff = new Grid<>();
            diff.setId("audit-diff");
            diff.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            diff.addColumn(AuditDiff.Field::name).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
            diff.addColumn(f -> f.before() == null ? "" : f.before()).setHeader("Before");
            diff.addColumn(f -> f.after() == null ? "" : f.after()).setHeader("After");
            diff.setPartNameGenerator(f -> f.changed() ? "changed" : null);
            diff.setItems(fields);
            diff.setAllRowsVisible(true);
            detail.add(diff);
        }
        Div chain = new Div("Hash " + entry.hash().substring(0, 16) + "… · after " + entry.prevHash().substring(0, 16) + "…");
        chain.addClassName("muted");
        detail.add(chain);
    }

    /**
     * Projects and articles by name rather than by id, looked up once per view. An entry outlives
     * what it names: a project or article deleted since (or one the reader may not open) keeps its id.
     */
    private static final class Names {
        private final ProjectService projects;
        private final ArticleService articles;
        private final Map<Long, String> projectNames = new HashMap<>();
        private final Map<Long, String> articleTitles = new HashMap<>();

        Names(ProjectService projects, ArticleService articles) {
            this.projects = projects;
            this.articles = articles;
        }

        String project(long id) {
            return projectNames.computeIfAbsent(id, key -> {
                try {
                    return projects.get(key).name();
                } catch (NotFoundException | AccessDeniedException gone) {
                    return "#" + key;
                }
            });
        }

        String article(long id) {
            return articleTitles.computeIfAbsent(id, key -> {
                ArticleSummary a = articles.summaries(List.of(key)).get(key);
                return a == null ? "#" + key : a.title();
            });
        }
    }

    /** The check's outcome stays on the page: a broken chain is not news to dismiss. */
    private void verify() {
        AuditVerification v = audit.verify();
        verified.setText(v.intact() ? "The chain is intact: " + v.checked() + " entries checked."
                : "The chain is broken at entry " + v.firstBroken() + ": an entry was changed, removed or inserted "
                + "after it was written (" + v.checked() + " entries checked). The error is in the server's log.");
        verified.setClassName(v.intact() ? "audit-intact" : "audit-broken");
    }

    private void writeCsv(DownloadEvent event) throws IOException {
        event.setFileName("audit-" + java.time.LocalDate.now(ZoneOffset.UTC) + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        audit.writeCsv(filter, event.getOutputStream());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Long number(TextField field, String what) {
        String v = blankToNull(field.getValue());
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " is a number.");
        }
    }

    private static Instant instant(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
