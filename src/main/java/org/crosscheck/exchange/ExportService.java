package org.crosscheck.exchange;

import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationArchive;
import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.article.ArticleRecord;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.exchange.ExchangeEvents.ProjectExported;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.review.ContradictionArchive;
import org.crosscheck.review.ContradictionRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exports a project, or the part a filter chooses, in one of the formats, streamed to the caller's
 * output a batch of articles at a time: memory holds one batch with its annotations and the set's
 * contradictions, never the whole set. No transaction spans the export (each read is its own), so
 * nothing read stays in a persistence context while the file is written.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);

    private final ProjectService projects;
    private final ArticleService articles;
    private final AnnotationArchive annotations;
    private final ContradictionArchive contradictions;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ExportService(ProjectService projects, ArticleService articles, AnnotationArchive annotations,
                  ContradictionArchive contradictions, AccountService accounts, ApplicationEventPublisher events,
                  Clock clock) {
        this.projects = projects;
        this.articles = articles;
        this.annotations = annotations;
        this.contradictions = contradictions;
        this.accounts = accounts;
        this.events = events;
        this.json = ExchangeJson.MAPPER;
        this.clock = clock;
    }

    /**
     * The project, if the caller may export it: not found for an outsider (as if it did not exist),
     * refused for a member when the project lets only its leads export.
     */
    public ProjectSummary requireMayExport(long projectId) {
        ProjectSummary project = projects.get(projectId);
        if (!project.mayExport()) {
            throw new AccessDeniedException("Only the project's leads may export it.");
        }
        return project;
    }

    /** A file name for the export: the project's name in safe characters, the date, the extension. */
    public String fileName(ProjectSummary project, ExportOptions options) {
        String name = project.name().toLowerCase().replaceAll("[^\\p{Alnum}]+", "-").replaceAll("(^-+|-+$)", "");
        if (name.isEmpty()) {
            name = "project-" + project.id();
        }
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-+$", "");
        }
        String suffix = switch (options.format()) {
            case W3C -> "-annotations";
            case CSV -> options.tables() == ExportOptions.CsvTables.CONTRADICTIONS ? "-contradictions"
                    : options.tables() == ExportOptions.CsvTables.ANNOTATIONS ? "-annotations" : "-csv";
            case BUNDLE -> "-bundle";
            case REPORT -> "-report";
        };
        return name + suffix + "-" + LocalDate.now(clock) + "." + options.extension();
    }

    /**
     * Writes the export to {@code out} (which the caller closes). {@code baseUrl} is the address of
     * this instance, which identifiers in the export are made from.
     */
    public void export(long projectId, ExportOptions options, String baseUrl, OutputStream out, ExportProgress progress) {
        ProjectSummary project = requireMayExport(projectId);
        ExportFilter filter = options.filter();
        long started = System.nanoTime();
        Map<Long, ArticleSummary> chosen = new LinkedHashMap<>();
        articles.list(projectId).stream()
                .filter(a -> filter.includesArticle(a.id()))
                .sorted(Comparator.comparing(ArticleSummary::publishedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ArticleSummary::title).thenComparing(ArticleSummary::id))
                .forEach(a -> chosen.put(a.id(), a));
        List<ContradictionRecord> linked = contradictions(projectId, filter);
        ExportHeader header = new ExportHeader(project, projects.members(projectId), chosen, linked, trimSlash(baseUrl),
                filter, clock.instant(), accounts.me().username());
        long annotationCount = 0;
        try {
            ExportWriter writer = writer(options, out);
            writer.start(header);
            int done = 0;
            for (List<Long> batch : batches(chosen.values())) {
                if (progress.cancelled()) {
                    throw new ExportCancelledException();
                }
                Map<Long, List<AnnotationRecord>> marked = annotations.records(projectId, batch);
                for (ArticleRecord article : articles.records(projectId, batch, options.format() == ExportFormat.BUNDLE)) {
                    List<AnnotationRecord> list = marked.getOrDefault(article.id(), List.of()).stream()
                            .filter(filter::includes).toList();
                    annotationCount += list.size();
                    writer.article(article, list, new CodePoints(article.text()));
                    progress.progress(++done, chosen.size());
                }
            }
            writer.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Exported project {} as {} ({} articles, {} annotations, {} contradictions) in {} ms", projectId,
                options.format().parameter(), chosen.size(), annotationCount, linked.size(),
                (System.nanoTime() - started) / 1_000_000);
        events.publishEvent(new ProjectExported(projectId, options.format().parameter(), describe(filter), chosen.size(),
                annotationCount, linked.size(), accounts.me().id()));
    }

    /** At most this many articles, and about this many characters of text, are read at once. */
    static final int BATCH_ARTICLES = 50;
    static final long BATCH_CHARS = 4_000_000;

    /**
     * The articles in batches read together (one query each for details, texts, annotations and
     * comments), small enough in characters that a batch of long articles stays a few megabytes.
     */
    private static List<List<Long>> batches(java.util.Collection<ArticleSummary> articles) {
        List<List<Long>> out = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        long chars = 0;
        for (ArticleSummary a : articles) {
            if (!current.isEmpty() && (current.size() == BATCH_ARTICLES || chars + a.length() > BATCH_CHARS)) {
                out.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(a.id());
            chars += a.length();
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private List<ContradictionRecord> contradictions(long projectId, ExportFilter filter) {
        List<ContradictionRecord> out = new ArrayList<>();
        long after = 0;
        while (true) {
            List<ContradictionRecord> page = contradictions.page(projectId,
                    filter.statuses().isEmpty() ? EnumSet.noneOf(org.crosscheck.review.ContradictionStatus.class)
                            : EnumSet.copyOf(filter.statuses()), after, 500);
            if (page.isEmpty()) {
                return out;
            }
            page.stream().filter(filter::includes).forEach(out::add);
            after = page.getLast().id();
        }
    }

    private ExportWriter writer(ExportOptions options, OutputStream out) throws IOException {
        return switch (options.format()) {
            case W3C -> new W3cWriter(out, json);
            case CSV -> new CsvWriter(out, options.tables(), options.forExcel());
            case BUNDLE -> new BundleWriter(out, json);
            case REPORT -> new ReportWriter(out);
        };
    }

    private static String describe(ExportFilter f) {
        if (f.isEverything()) {
            return "everything";
        }
        List<String> parts = new ArrayList<>();
        if (!f.articleIds().isEmpty()) {
            parts.add("articles " + f.articleIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
        }
        parts.add("kinds " + f.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        parts.add("statuses " + f.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        if (f.author() != null) {
            parts.add("author " + f.author());
        }
        if (f.from() != null || f.to() != null) {
            parts.add("from " + (f.from() == null ? "start" : f.from()) + " to " + (f.to() == null ? "today" : f.to()));
        }
        return String.join("; ", parts);
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
