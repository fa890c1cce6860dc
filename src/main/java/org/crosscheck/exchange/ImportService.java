package org.crosscheck.exchange;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.crosscheck.account.AccountService;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.WorkBudget;
import org.crosscheck.exchange.ExchangeEvents.ProjectImported;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Imports a bundle as a new project, or a bundle or W3C annotations into an existing one. Each
 * import is one transaction: when anything in the file is wrong, nothing of it stays.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ProjectService projects;
    private final ProjectAccess access;
    private final List<ImportFormat> formats;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final ExchangeLimits limits;
    private final WorkBudget budget;
    private final MeterRegistry meters;

    ImportService(ProjectService projects, ProjectAccess access, List<ImportFormat> formats,
                  AccountService accounts, ApplicationEventPublisher events, ExchangeLimits limits, WorkBudget budget,
                  MeterRegistry meters) {
        this.budget = budget;
        this.meters = meters;
        this.projects = projects;
        this.access = access;
        this.formats = List.copyOf(formats);
        this.accounts = accounts;
        this.events = events;
        this.limits = limits;
    }

    public ExchangeLimits limits() {
        return limits;
    }

    /** "a or b or c", each format by its name on the import page, in the reader's language. */
    private static Object either(List<ImportFormat> formats) {
        Object out = null;
        for (int i = formats.size() - 1; i >= 0; i--) {
            Object label = ImportNote.label(formats.get(i));
            out = out == null ? label : ImportNote.of("exchange.import.or", label, out);
        }
        return out == null ? "" : out;
    }

    /** The registered import formats, in the order a file is tried with them. */
    public List<ImportFormat> formats() {
        return formats;
    }

    /** A bundle as a new project, led by the caller, named as in the bundle with "(imported)" after it. */
    @Transactional
    public ImportSummary importAsNewProject(ImportFile file) {
        try (WorkBudget.Reservation ignored = budget.reserve("a bundle import", estimate(file))) {
            return importAsNewProjectWithinBudget(file);
        }
    }

    private ImportSummary importAsNewProjectWithinBudget(ImportFile file) {
        long started = System.nanoTime();
        try {
            for (ImportFormat format : formats) {
                if (format.makesProjects() && format.recognises(file)) {
                    return done(format.importAsNewProject(file), file, started);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw DomainException.of("exchange.import.not-a-bundle");
    }

    /**
     * Into a project the caller leads: a bundle fills it when it has no articles yet; a W3C file
     * puts its annotations on the project's articles. {@code baseUrl} is this instance's address,
     * so our own exported targets are recognised.
     */
    @Transactional
    public ImportSummary importInto(long projectId, ImportFile file, String baseUrl) {
        long started = System.nanoTime();
        projects.get(projectId);
        if (!access.canLead(projectId)) {
            throw new AccessDeniedException("Only a lead imports into project " + projectId);
        }
        try (WorkBudget.Reservation ignored = budget.reserve("an import into project " + projectId, estimate(file))) {
            for (ImportFormat format : formats) {
                if (format.recognises(file)) {
                    return done(format.importInto(projectId, file, baseUrl), file, started);
                }
            }
            throw new ImportRefused("exchange.import.unknown-format", either(formats));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What an import holds while it runs. It reads from the file on disk, a bundle one article at a
     * time and a W3C file one annotation at a time; but each annotation a W3C file makes is told to
     * live readers once the import commits, so its fields stay in memory until then: up to about
     * three times the file's size (measured: 140 MB over the baseline for a 63 MB file of notes).
     */
    static long estimate(ImportFile file) {
        return Math.max(16L << 20, file.size() * 3);
    }

    private ImportSummary done(ImportSummary summary, ImportFile file, long started) {
        // Metrics (docs/operations.md, "Metrics"): each import that went through, by format; the time includes
        // its wait for the work budget.
        Timer.builder("crosscheck.import.duration").description("Imports that went through, from the request to "
                + "the end of reading (the commit follows)").tag("format", summary.format()).register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        DistributionSummary.builder("crosscheck.import.size").baseUnit("bytes").description("Files imported")
                .tag("format", summary.format()).register(meters).record(file.size());
        events.publishEvent(new ProjectImported(summary.projectId(), summary.format(), summary.articles(),
                summary.annotations(), summary.comments(), summary.contradictions(), summary.reanchored(),
                summary.orphans().size(), accounts.me().id()));
        log.info("Imported a {} into project {}: {} articles, {} annotations, {} comments, {} contradictions, "
                        + "{} re-anchored, {} orphans, already there {} annotations, {} comments, {} contradictions, in {} ms",
                summary.format(), summary.projectId(), summary.articles(), summary.annotations(), summary.comments(),
                summary.contradictions(), summary.reanchored(), summary.orphans().size(),
                summary.annotationsAlreadyThere(), summary.commentsAlreadyThere(), summary.contradictionsAlreadyThere(),
                (System.nanoTime() - started) / 1_000_000);
        return summary;
    }
}
