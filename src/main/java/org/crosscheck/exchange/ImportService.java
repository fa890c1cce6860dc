package org.crosscheck.exchange;

import org.crosscheck.account.AccountService;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.WorkBudget;
import org.crosscheck.exchange.Bundle.ProjectEntry;
import org.crosscheck.exchange.ExchangeEvents.ProjectImported;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;

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
    private final ArticleService articles;
    private final BundleImporter bundles;
    private final W3cImporter w3c;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final ExchangeLimits limits;
    private final WorkBudget budget;

    ImportService(ProjectService projects, ProjectAccess access, ArticleService articles, BundleImporter bundles,
                  W3cImporter w3c, AccountService accounts, ApplicationEventPublisher events, ExchangeLimits limits,
                  WorkBudget budget) {
        this.budget = budget;
        this.projects = projects;
        this.access = access;
        this.articles = articles;
        this.bundles = bundles;
        this.w3c = w3c;
        this.accounts = accounts;
        this.events = events;
        this.limits = limits;
    }

    public ExchangeLimits limits() {
        return limits;
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
        requireZip(file);
        try (BundleReader bundle = BundleReader.open(file.path(), limits)) {
            bundle.manifest();
            ProjectEntry entry = bundle.project();
            ProjectSummary project = projects.create(projects.nameForImport(entry.name()), entry.description());
            if (entry.membersMayExport()) {
                projects.setMembersMayExport(project.id(), true);
            }
            return done(bundles.fill(project.id(), bundle), started);
        }
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
            if (file.looksLikeZip()) {
                if (articles.count(projectId) > 0) {
                    throw new DomainException("A bundle fills an empty project, and this one has articles: import it "
                            + "as a new project instead (on the projects page).");
                }
                try (BundleReader bundle = BundleReader.open(file.path(), limits)) {
                    bundle.manifest();
                    return done(bundles.fill(projectId, bundle), started);
                }
            }
            if (file.size() > limits.maxEntrySize().toBytes()) {
                throw new ImportFile.TooLargeException("A W3C file may be at most "
                        + limits.maxEntrySize().toMegabytes() + " MB (as one file of a bundle); split it, or import a bundle.");
            }
            return done(w3c.importInto(projectId, file.path(), baseUrl.endsWith("/")
                    ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl), started);
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

    private static void requireZip(ImportFile file) {
        try {
            if (!file.looksLikeZip()) {
                throw new DomainException("This is not a Crosscheck bundle: a bundle is a zip file (…-bundle-….zip).");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportSummary done(ImportSummary summary, long started) {
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
