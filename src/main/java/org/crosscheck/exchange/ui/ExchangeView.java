package org.crosscheck.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.ui.Localised;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.exchange.ExportCancelledException;
import org.crosscheck.exchange.ExportFilter;
import org.crosscheck.exchange.ExportFormat;
import org.crosscheck.exchange.ExportFormats;
import org.crosscheck.exchange.ExportOptions;
import org.crosscheck.exchange.ExportOptions.CsvTables;
import org.crosscheck.exchange.ExportProgress;
import org.crosscheck.exchange.ExportService;
import org.crosscheck.exchange.ImportNote;
import org.crosscheck.exchange.ImportService;
import org.crosscheck.project.MemberSummary;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.review.ContradictionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A project's export and import page: choose a format and what to export, download it (streamed,
 * with a progress bar and a Cancel button for large sets, the page staying usable meanwhile); a
 * lead also imports a bundle or W3C annotations here and decides who may export.
 */
@Route("projects/:" + ExchangeView.PROJECT_ID + "([0-9]{1,18})/exchange")
@PermitAll
public class ExchangeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";
    private static final Logger log = LoggerFactory.getLogger(ExchangeView.class);

    private final ProjectService projects;
    private final ArticleService articles;
    private final ExportService exports;
    private final ImportService imports;
    private final Pages pages;
    private ProjectSummary project;

    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>(I18n.t("exchange.export.format"));
    private final RadioButtonGroup<CsvTables> tables = new RadioButtonGroup<>(I18n.t("exchange.export.tables"));
    private final Checkbox forExcel = new Checkbox(I18n.t("exchange.export.for-excel"));
    private final MultiSelectComboBox<ArticleSummary> chosenArticles = new MultiSelectComboBox<>(
            I18n.t("exchange.export.articles"));
    private final CheckboxGroup<AnnotationKind> kinds = new CheckboxGroup<>(I18n.t("exchange.export.annotations"));
    private final CheckboxGroup<ContradictionStatus> statuses = new CheckboxGroup<>(I18n.t("exchange.export.contradictions"));
    private final ComboBox<MemberSummary> author = new ComboBox<>(I18n.t("exchange.export.made-by"));
    private final Checkbox approvedOnly = new Checkbox(I18n.t("exchange.export.approved-only"));
    private final DatePicker from = Localised.datePicker(new DatePicker(I18n.t("exchange.export.made-from")));
    private final DatePicker to = Localised.datePicker(new DatePicker(I18n.t("exchange.export.made-to")));
    private final Anchor download = new Anchor();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel = new Button(I18n.t("exchange.export.cancel"));
    /** What the next download exports: read by the download request, which does not hold the UI's lock. */
    private final AtomicReference<ExportOptions> options = new AtomicReference<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private final org.crosscheck.base.PublicUrl publicUrl;
    private final ExportFormats exportFormats;

    ExchangeView(ProjectService projects, ArticleService articles, ExportService exports, ImportService imports,
                 Pages pages, org.crosscheck.base.PublicUrl publicUrl, ExportFormats exportFormats) {
        this.publicUrl = publicUrl;
        this.exportFormats = exportFormats;
        this.projects = projects;
        this.articles = articles;
        this.exports = exports;
        this.imports = imports;
        this.pages = pages;
        addClassName("page");
        addClassName("exchange-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID)
                .orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        removeAll();
        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        add(back, new H2(getTranslation("exchange.title")));
        add(project.mayExport() ? exportSection() : notAllowed());
        if (project.myRole() == ProjectRole.LEAD) {
            add(new ImportIntoProjectSection(project, imports, publicUrl),
                    policySection());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.title") + " · " + (project == null ? "Crosscheck" : project.name());
    }

    private Div notAllowed() {
        Div box = card("export-not-allowed");
        box.add(new H3(getTranslation("exchange.export.heading")), new Paragraph(getTranslation("exchange.export.not-allowed")));
        return box;
    }

    private Div exportSection() {
        Div box = card("export-section");
        format.setItems(exportFormats.all());
        format.setItemLabelGenerator(f -> said(ImportNote.label(f)));
        format.setValue(exportFormats.byName("csv").orElse(exportFormats.all().getFirst()));
        format.setId("export-format");
        tables.setItems(CsvTables.BOTH, CsvTables.ANNOTATIONS, CsvTables.CONTRADICTIONS);
        tables.setItemLabelGenerator(t -> I18n.t("exchange.export.tables." + t.name()));
        tables.setValue(CsvTables.BOTH);
        tables.setId("export-tables");

        List<ArticleSummary> list = articles.list(project.id());
        chosenArticles.setItems(list);
        chosenArticles.setItemLabelGenerator(a -> a.outlet() == null ? a.title() : a.outlet() + " — " + a.title());
        chosenArticles.setPlaceholder(getTranslation("exchange.export.all-articles", list.size()));
        chosenArticles.setWidthFull();
        chosenArticles.setId("export-articles");
        kinds.setItems(AnnotationKind.values());
        kinds.setItemLabelGenerator(k -> I18n.t("exchange.export.kind." + k.name()));
        kinds.setValue(EnumSet.allOf(AnnotationKind.class));
        kinds.setId("export-kinds");
        statuses.setItems(ContradictionStatus.values());
        statuses.setItemLabelGenerator(s -> I18n.t("exchange.contradiction-status." + s.name()));
        statuses.setValue(EnumSet.allOf(ContradictionStatus.class));
        statuses.setId("export-statuses");
        author.setItems(projects.members(project.id()));
        author.setItemLabelGenerator(m -> m.user().displayName() + " (" + m.user().username() + ")");
        author.setPlaceholder(getTranslation("exchange.export.anyone"));
        author.setClearButtonVisible(true);
        author.setId("export-author");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> to.setMin(e.getValue()));

        HorizontalLayout when = new HorizontalLayout(author, from, to);
        when.setAlignItems(FlexComponent.Alignment.BASELINE);
        when.setWrap(true);
        HorizontalLayout what = new HorizontalLayout(kinds, statuses);
        what.setWrap(true);

        Button button = new Button(getTranslation("exchange.export.download"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(button);
        download.setId("export-download");
        download.setHref((DownloadHandler) this::write);
        download.getElement().setAttribute("download", true);
        progress.setVisible(false);
        progress.setWidth("16rem");
        progressText.addClassName("muted");
        progressText.setId("export-progress");
        cancel.setVisible(false);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> {
            cancelled.set(true);
            cancel.setEnabled(false);
            progressText.setText(getTranslation("exchange.export.cancelling"));
        });
        HorizontalLayout go = new HorizontalLayout(download, progress, progressText, cancel);
        go.setAlignItems(FlexComponent.Alignment.CENTER);

        Paragraph hint = new Paragraph();
        hint.addClassName("muted");
        hint.setId("export-format-hint");
        approvedOnly.setId("export-approved-only");
        box.add(new H3(getTranslation("exchange.export.heading")), format, hint, tables, forExcel,
                new H3(getTranslation("exchange.export.what")), chosenArticles, what, when,
                approvedOnly, go);

        Runnable update = () -> {
            java.util.Set<ExportOptions.Choice> choices = format.getValue() == null ? Set.of() : format.getValue().choices();
            tables.setVisible(choices.contains(ExportOptions.Choice.TABLES));
            forExcel.setVisible(choices.contains(ExportOptions.Choice.EXCEL));
            hint.setText(format.getValue() == null ? "" : said(ImportNote.hint(format.getValue())));
            options.set(currentOptions());
        };
        format.addValueChangeListener(e -> update.run());
        tables.addValueChangeListener(e -> update.run());
        forExcel.addValueChangeListener(e -> update.run());
        chosenArticles.addValueChangeListener(e -> update.run());
        kinds.addValueChangeListener(e -> update.run());
        statuses.addValueChangeListener(e -> update.run());
        author.addValueChangeListener(e -> update.run());
        from.addValueChangeListener(e -> update.run());
        to.addValueChangeListener(e -> update.run());
        approvedOnly.addValueChangeListener(e -> update.run());
        update.run();
        return box;
    }

    private ExportOptions currentOptions() {
        MemberSummary who = author.getValue();
        ExportFilter filter = new ExportFilter(
                chosenArticles.getValue().stream().map(ArticleSummary::id).collect(Collectors.toSet()),
                kinds.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(kinds.getValue()),
                statuses.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(statuses.getValue()),
                who == null ? null : who.user().username(), from.getValue(), to.getValue(), approvedOnly.getValue());
        return new ExportOptions((format.getValue() == null ? exportFormats.all().getFirst() : format.getValue()).name(), filter,
                tables.getValue() == null ? CsvTables.BOTH : tables.getValue(), forExcel.getValue());
    }

    /** The download request: streams the export, telling the page how far it is. */
    private void write(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        ExportOptions chosen = options.get();
        cancelled.set(false);
        String base = BaseUrl.of(publicUrl, event.getRequest());
        event.setFileName(exports.fileName(project, chosen));
        event.setContentType(exports.mediaType(chosen));
        ui.access(() -> started());
        try {
            exports.export(project.id(), chosen, base, event.getOutputStream(), new ExportProgress() {
                private long last;

                @Override
                public void progress(int done, int total) {
                    long now = System.nanoTime();
                    if (now - last > 150_000_000L || done == total) {
                        last = now;
                        ui.access(() -> {
                            progress.setValue(total == 0 ? 1 : (double) done / total);
                            progressText.setText(getTranslation("exchange.export.progress", done, total));
                        });
                    }
                }

                @Override
                public boolean cancelled() {
                    return cancelled.get();
                }
            });
            ui.access(() -> finished(getTranslation("exchange.export.done", said(ImportNote.label(exports.format(chosen))))));
        } catch (ExportCancelledException e) {
            log.info("Export of project {} cancelled by the user", project.id());
            ui.access(() -> finished(getTranslation("exchange.export.cancelled")));
            throw new IOException("cancelled", e);
        } catch (RuntimeException e) {
            log.warn("Export of project {} failed: {}", project.id(), e.toString());
            // Our own refusals are written for the user; anything else says no more than that it failed.
            ui.access(() -> finished(getTranslation("exchange.export.failed", why(e))));
            throw e;
        }
    }

    /** Why an export failed, for the page (in the window's language; call within the UI's lock). */
    private String why(RuntimeException e) {
        if (e instanceof org.crosscheck.base.DomainException refused) {
            return refused.message(I18n.locale());
        }
        if (e instanceof NotFoundException) {
            return getTranslation("exchange.export.failed-gone");
        }
        if (e instanceof org.springframework.security.access.AccessDeniedException) {
            return getTranslation("exchange.export.failed-denied");
        }
        return getTranslation("exchange.export.failed-unexpected");
    }

    /** Words said in the window's language: a note of the exchange bundle, or a format's own English. */
    static String said(Object words) {
        return words instanceof ImportNote note ? note.in(I18n.locale()) : String.valueOf(words);
    }

    private void started() {
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(getTranslation("exchange.export.exporting"));
        cancel.setEnabled(true);
        cancel.setVisible(true);
    }

    private void finished(String message) {
        progress.setVisible(false);
        cancel.setVisible(false);
        progressText.setText(message);
    }

    private Div policySection() {
        Div box = card("export-policy");
        Checkbox members = new Checkbox(getTranslation("exchange.policy.members"), project.membersMayExport());
        members.setId("members-may-export");
        members.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                project = projects.setMembersMayExport(project.id(), e.getValue());
                Notifications.success(getTranslation(e.getValue() ? "exchange.policy.everyone" : "exchange.policy.leads"));
            }
        });
        box.add(new H3(getTranslation("exchange.policy.heading")), members);
        return box;
    }

    static Div card(String id) {
        Div box = new Div();
        box.addClassName("exchange-card");
        box.setId(id);
        return box;
    }
}
