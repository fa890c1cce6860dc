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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.crosscheck.base.i18n.I18n;
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
@PermitAll
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String BRAND = " · Crosscheck"; // not translated: the product's name

    public static final String TARGET_TYPE = "targetType";
    public static final String TARGET_ID = "targetId";
    public static final String PROJECT = "project";

    /** The time of an entry, in the window's language (made per use). */
    static DateTimeFormatter when() {
        return I18n.dates("base.format.numeric-date-time-seconds", ZoneOffset.UTC);
    }

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Div detail = new Div();
    private final TextField actor = field("actor", "audit-actor", "10rem");
    private final TextField action = field("action", "audit-action", "14rem");
    private final TextField project = field("project", "audit-project", "6rem");
    private final TextField article = field("article", "audit-article", "6rem");
    private final TextField targetType = field("target", "audit-target-type", "11rem");
    private final TextField targetId = field("target-id", "audit-target-id", "6rem");
    private final DateTimePicker from = new DateTimePicker(I18n.t("audit.filter.from"));
    private final DateTimePicker to = new DateTimePicker(I18n.t("audit.filter.before"));
    private final TextField text = field("text", "audit-text", "14rem");
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
            throw new AccessDeniedException("Only administrators and the leads of a project may read the audit trail."); // not translated: the error page says it in its own words
        }
        addClassName("page");
        addClassName("audit-page");
        setSizeFull();
        H2 title = new H2(getTranslation("audit.title"));
        Paragraph about = new Paragraph(getTranslation(currentUser.isAdmin() ? "audit.about.admin" : "audit.about.lead"));
        about.addClassName("muted");
        add(title, about, filters(currentUser.isAdmin()), body());
        setFlexGrow(1, getComponentAt(getComponentCount() - 1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title") + BRAND;
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
        Button download = new Button(getTranslation("audit.download-csv"), VaadinIcon.DOWNLOAD.create());
        csv.add(download);
        csv.setId("audit-csv");
        csv.setHref((DownloadHandler) this::writeCsv);
        csv.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(csv);
        if (admin) {
            Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.SHIELD.create(), e -> verify());
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

    /** A filter field; {@code name} picks its label and placeholder in the bundle. */
    private static TextField field(String name, String id, String width) {
        TextField f = new TextField(I18n.t("audit.filter." + name));
        f.setPlaceholder(I18n.t("audit.filter." + name + ".placeholder"));
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
        grid.addColumn(e -> when().format(e.occurredAt())).setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.filter.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.filter.action")).setAutoWidth(true);
        grid.addColumn(e -> AuditDiff.words(e).orElse(e.targetType() == null ? ""
                        : e.targetType() + (e.targetId() == null ? "" : " " + e.targetId())))
                .setHeader(getTranslation("audit.filter.target")).setAutoWidth(true);
        grid.addColumn(e -> e.articleId() == null ? "" : names.article(e.articleId()))
                .setHeader(getTranslation("audit.filter.article")).setAutoWidth(true);
        grid.addColumn(e -> e.projectId() == null ? "" : names.project(e.projectId()))
                .setHeader(getTranslation("audit.filter.project")).setAutoWidth(true);
        grid.addColumn(AuditEntry::via).setHeader(getTranslation("audit.column.via")).setAutoWidth(true);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.setEmptyStateText(getTranslation("audit.none"));
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
            filter = new AuditFilter(blankToNull(actor.getValue()), blankToNull(action.getValue()), number(project, "audit.filter.project-number"),
                    number(article, "audit.filter.article-number"), blankToNull(targetType.getValue()),
                    number(targetId, "audit.filter.target-id-number"),
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
            Paragraph hint = new Paragraph(getTranslation("audit.select"));
            hint.addClassName("muted");
            detail.add(hint);
            return;
        }
        H3 heading = new H3(entry.action() + " · #" + entry.seq());
        Div who = new Div(new Span(entry.actor() == null ? "—" : entry.actor()), new Span(" · " + entry.via()),
                new Span(" · " + getTranslation("audit.detail.at-utc", when().format(entry.occurredAt()))),
                new Span(entry.clientAddress() == null ? "" : " · " + getTranslation("audit.detail.from",
                        entry.clientAddress())));
        who.addClassName("muted");
        who.setId("audit-detail-who");
        detail.add(heading, who);
        List<AuditDiff.Field> fields = AuditDiff.of(entry);
        if (fields.isEmpty()) {
            detail.add(new Paragraph(getTranslation("audit.detail.no-values")));
        } else {
            Grid<AuditDiff.Field> diff = new Grid<>();
            diff.setId("audit-diff");
            diff.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            diff.addColumn(AuditDiff.Field::name).setHeader(getTranslation("audit.detail.field")).setAutoWidth(true)
                    .setFlexGrow(0);
            diff.addColumn(f -> f.before() == null ? "" : f.before()).setHeader(getTranslation("audit.detail.before"));
            diff.addColumn(f -> f.after() == null ? "" : f.after()).setHeader(getTranslation("audit.detail.after"));
            diff.setPartNameGenerator(f -> f.changed() ? "changed" : null);
            diff.setItems(fields);
            diff.setAllRowsVisible(true);
            detail.add(diff);
        }
        Div chain = new Div(getTranslation("audit.detail.hash", entry.hash().substring(0, 16), entry.prevHash().substring(0, 16)));
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
        verified.setText(v.intact() ? getTranslation("audit.verify.intact", v.checked())
                : getTranslation("audit.verify.broken", v.firstBroken(), v.checked()));
        verified.setClassName(v.intact() ? "audit-intact" : "audit-broken");
    }

    private void writeCsv(DownloadEvent event) throws IOException {
        event.setFileName("audit-" + java.time.LocalDate.now(ZoneOffset.UTC) + ".csv"); // not translated: a file name
        event.setContentType("text/csv; charset=UTF-8");
        audit.writeCsv(filter, event.getOutputStream());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The field's number, or null when blank; {@code refusal} is the key of what a non-number is told. */
    private static Long number(TextField field, String refusal) {
        String v = blankToNull(field.getValue());
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(I18n.t(refusal));
        }
    }

    private static Instant instant(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
