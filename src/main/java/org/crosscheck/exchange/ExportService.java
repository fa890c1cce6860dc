package org.crosscheck.exchange;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.crosscheck.account.AccountService;
import org.crosscheck.annotation.AnnotationArchive;
import org.crosscheck.approval.ApprovalService;
import org.crosscheck.approval.CheckState;
import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.base.WorkBudget;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.crosscheck.base.DomainException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exports a project, or the part a filter chooses, in one of the formats, streamed to the caller's
 * output an article at a time as the rows come from the database: memory holds one article with
 * its annotations and the set's contradictions, never the whole set. Rows are read as values, not
 * entities, so nothing read stays in the persistence context while the file is written.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);
    /** What an export holds at most while it streams: one large article with its annotations. */
    public static final long EXPORT_ESTIMATE = 64L << 20;

    private final ProjectService projects;
    private final ArticleService articles;
    private final AnnotationArchive annotations;
    private final ContradictionArchive contradictions;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final ExportFormats formats;
    private final Clock clock;
    private final TransactionTemplate snapshot;
    private final WorkBudget budget;

    private final ApprovalService approvals;
    private final MeterRegistry meters;

    ExportService(ProjectService projects, ArticleService articles, AnnotationArchive annotations,
                  ContradictionArchive contradictions, AccountService accounts, ApplicationEventPublisher events,
                  ExportFormats formats, Clock clock, PlatformTransactionManager transactions, WorkBudget budget,
                  ApprovalService approvals, MeterRegistry meters) {
        this.budget = budget;
        this.meters = meters;
        this.approvals = approvals;
        this.projects = projects;
        this.articles = articles;
        this.annotations = annotations;
        this.contradictions = contradictions;
        this.accounts = accounts;
        this.events = events;
        this.formats = formats;
        this.clock = clock;
        // One consistent view of the project for the whole export (on PostgreSQL, repeatable read is a
        // snapshot): a change made meanwhile is in the file whole or not at all. It holds one
        // connection while the file is written.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
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
        if (project.myRole() != org.crosscheck.project.ProjectRole.LEAD && projects.isIndependent(projectId)) {
            // An export holds everyone's marks, which independent marking hides until each submitted.
            throw new AccessDeniedException("While the project marks independently, only its leads may export it.");
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
        ExportFormat format = format(options);
        return name + format.fileSuffix(options) + "-" + LocalDate.now(clock) + "." + format.extension(options);
    }

    /** The registered format {@code options} name; refused when none has that name. */
    public ExportFormat format(ExportOptions options) {
        return formats.byName(options.format()).orElseThrow(() -> DomainException.of(
                "exchange.export.no-such-format", options.format(), formats.names()));
    }

    /** The file's media type for {@code options}. */
    public String mediaType(ExportOptions options) {
        return format(options).mediaType(options);
    }

    /**
     * Writes the export to {@code out} (which the caller closes). {@code baseUrl} is the address of
     * this instance, which identifiers in the export are made from.
     */
    public void export(long projectId, ExportOptions options, String baseUrl, OutputStream out, ExportProgress progress) {
        ProjectSummary project = requireMayExport(projectId);
        ExportFormat format = format(options);
        long started = System.nanoTime();
        Written written;
        CountingOutputStream counted = new CountingOutputStream(out);
        // Streamed, so what it holds is one article with its annotations and the set's contradictions.
        try (WorkBudget.Reservation ignored = budget.reserve("an export of project " + projectId, EXPORT_ESTIMATE)) {
            written = snapshot.execute(status -> write(project, format, options, trimSlash(baseUrl), counted, progress));
        }
        // Metrics (docs/operations.md, "Metrics"): each export written whole, by format.
        Timer.builder("crosscheck.export.duration").description("Exports written whole").tag("format", format.name())
                .register(meters).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        DistributionSummary.builder("crosscheck.export.size").baseUnit("bytes").description("Files exported")
                .tag("format", format.name()).register(meters).record(counted.count());
        log.info("Exported project {} as {} ({} articles, {} annotations, {} contradictions) in {} ms", projectId,
                format.name(), written.articles(), written.annotations(), written.contradictions(),
                (System.nanoTime() - started) / 1_000_000);
        events.publishEvent(new ProjectExported(projectId, format.name(), describe(options.filter()),
                written.articles(), written.annotations(), written.contradictions(), accounts.me().id()));
    }

    private record Written(int articles, long annotations, int contradictions) {
    }

    /** Counts what passes to the caller's output. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

    /**
     * The export, read in one snapshot: the articles stream in the order of the project's list, and
     * each one's annotations are read when it comes, so memory holds one article with its
     * annotations (and the set's contradictions), never the set.
     */
    private Written write(ProjectSummary project, ExportFormat format, ExportOptions options, String baseUrl, OutputStream out,
                          ExportProgress progress) {
        long projectId = project.id();
        ExportFilter filter = options.filter();
        Map<Long, ArticleSummary> chosen = new LinkedHashMap<>();
        for (ArticleSummary a : articles.list(projectId)) {
            if (filter.includesArticle(a.id())) {
                chosen.put(a.id(), a);
            }
        }
        // Read only when used: a plain export of a big project holds no decision in memory.
        ApprovalService.ProjectChecks checks = filter.approvedOnly() || format.showsChecks()
                ? approvals.ofProject(projectId) : ApprovalService.ProjectChecks.NONE;
        List<ContradictionRecord> linked = contradictions(projectId, filter).stream()
                .filter(c -> !filter.approvedOnly() || approved(checks.contradictions().get(c.id()))).toList();
        // The articles stream in the list's order; each one's annotations are read when it comes.
        AnnotationArchive.ExportReader marked = annotations.exportReader(projectId);
        ExportHeader header = new ExportHeader(project, projects.members(projectId), chosen, linked, baseUrl,
                filter, clock.instant(), accounts.me().username(), marked.projectKinds(), checks,
                projects.isIndependent(projectId));
        long annotationCount = 0;
        int done = 0;
        try (Stream<ArticleRecord> articleStream = articles.streamRecords(projectId, format.needsOriginals())) {
            ExportWriter writer = format.writer(out, options);
            writer.start(header);
            for (ArticleRecord article : (Iterable<ArticleRecord>) articleStream::iterator) {
                if (!chosen.containsKey(article.id())) {
                    continue; // left out, or imported after the list was read
                }
                if (progress.cancelled()) {
                    throw new ExportCancelledException();
                }
                List<AnnotationRecord> list = marked.of(article.id()).stream().filter(filter::includes)
                        .filter(a -> !filter.approvedOnly() || approved(checks.annotations().get(a.id()))).toList();
                annotationCount += list.size();
                writer.article(article, list, new CodePoints(article.text()));
                progress.progress(++done, chosen.size());
            }
            writer.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(chosen.size(), annotationCount, linked.size());
    }

    private static boolean approved(CheckState state) {
        return state != null && state.approved();
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
        if (f.approvedOnly()) {
            parts.add("approved only");
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
