package org.crosscheck.suggest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleEvents.ArticleImported;
import org.crosscheck.article.ArticleEvents.ArticleTrimmed;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.base.WorkBudget;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.suggest.engine.ArticleFindings;
import org.crosscheck.suggest.engine.EngineArticle;
import org.crosscheck.suggest.engine.SuggestionEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Computes a project's suggestions in the background, one project at a time on this node, as the
 * user who asked (their permissions hold throughout): article by article with progress, then across
 * articles, then stored in one transaction. Views and the API only start a run and read its progress.
 */
@Component
public class SuggestionRunner {

    private static final Logger log = LoggerFactory.getLogger(SuggestionRunner.class);

    private final SuggestionService service;
    private final ArticleService articles;
    private final SuggestionEngine engine = new SuggestionEngine();
    private volatile boolean onImport;
    private final ExecutorService executor;
    /** Projects whose run after an import is waiting for the suggestions thread. */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    private final WorkBudget budget;
    /** Metrics (docs/operations.md, "Metrics"): runs by outcome with their time, and what they proposed. */
    private final Timer completed;
    private final Timer failed;
    private final Counter proposals;

    SuggestionRunner(SuggestionService service, ArticleService articles, WorkBudget budget,
                     @Value("${crosscheck.suggestions.on-import:true}") boolean onImport, MeterRegistry meters) {
        this.budget = budget;
        this.completed = runs(meters, "completed");
        this.failed = runs(meters, "failed");
        this.proposals = Counter.builder("crosscheck.suggestion.proposed")
                .description("Suggestions proposed by completed runs").register(meters);
        this.service = service;
        this.articles = articles;
        this.onImport = onImport;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "suggestions");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    private static Timer runs(MeterRegistry meters, String outcome) {
        return Timer.builder("crosscheck.suggestion.runs").description("Suggestion runs, from reading the first "
                + "article to storing what they found, by outcome").tag("outcome", outcome).register(meters);
    }

    /** Starts computing the project's suggestions, or reports the run already going. */
    public SuggestionRunDetails start(long projectId) {
        SuggestionService.StartedRun started = service.startRun(projectId);
        if (started.started()) {
            inBackground(() -> compute(started.run()));
        }
        return started.run();
    }

    /**
     * Runs {@code work} on the suggestions thread as the caller, through the holder strategy in force
     * when it runs (Vaadin installs its own after this bean is made, so a strategy captured at
     * construction would not be the one method security reads).
     */
    private void inBackground(Runnable work) {
        SecurityContext caller = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(caller);
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Suggestions not computed: {}", e.getMessage());
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /**
     * Computes the project's suggestions on the calling thread and returns the finished run (for
     * benchmarks and tests); the run already going, unchanged, when there is one.
     */
    public SuggestionRunDetails runNow(long projectId) {
        SuggestionService.StartedRun started = service.startRun(projectId);
        if (started.started()) {
            compute(started.run());
        }
        return service.run(projectId, started.run().id());
    }

    /**
     * Turns the runs after imports and trims on or off (the setting's value at start). For tests,
     * which keep one application context: a second one, with the setting changed, would install a
     * second security context strategy in the JVM.
     */
    void runAfterImports(boolean on) {
        this.onImport = on;
    }

    /** New articles get their suggestions right after the import commits. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void imported(ArticleImported event) {
        if (onImport) {
            startQuietly(event.projectId());
        }
    }

    /** A trimmed text's pending suggestions point at words that may be gone: computed again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void trimmed(ArticleTrimmed event) {
        if (onImport) {
            startQuietly(event.projectId());
        }
    }

    /**
     * Started from the suggestions thread: after a commit the committed transaction's resources are
     * still bound to this thread, and a write here would join it and never be committed. The import
     * itself never fails for its suggestions.
     */
    private void startQuietly(long projectId) {
        // Imports one after the other (the demo's five, a script's loop) while a run waits in the queue
        // are all in the run that starts next: one computation, not one per import.
        if (!queued.add(projectId)) {
            return;
        }
        inBackground(() -> {
            queued.remove(projectId);
            SuggestionService.StartedRun started = service.startRun(projectId);
            if (started.started()) {
                compute(started.run());
            }
        });
    }

    private void compute(SuggestionRunDetails run) {
        List<ArticleSummary> all = articles.list(run.projectId());
        // The run holds every article's findings and digest (one text at a time): it waits for its share of the
        // server's work budget instead of being refused (nobody waits on a run); while it runs, imports
        // and exports share what is left, and are refused when that is not enough.
        long chars = all.stream().mapToLong(ArticleSummary::length).sum();
        try (WorkBudget.Reservation ignored = budget.reserveWaiting("suggestions for project " + run.projectId(),
                Math.max(16L << 20, chars * 8))) {
            compute(run, all);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void compute(SuggestionRunDetails run, List<ArticleSummary> list) {
        long started = System.nanoTime();
        try {
            // Each text is read, analysed and let go: what the comparison needs of it is in its findings' digest.
            List<EngineArticle> inputs = new ArrayList<>(list.size());
            List<ArticleFindings> findings = new ArrayList<>(list.size());
            // The text each finding was made from: one trimmed meanwhile is not stored against the new text.
            java.util.Map<Long, String> analysed = new java.util.HashMap<>();
            int done = 0;
            long lastReport = System.nanoTime();
            for (ArticleSummary summary : list) {
                try {
                    ArticleContent article = articles.get(summary.id());
                    EngineArticle input = EngineArticle.of(article.id(),
                            summary.outlet() == null || summary.outlet().isBlank() ? summary.title() : summary.outlet(),
                            article.text(), summary.publishedAt(), summary.publishedOn());
                    findings.add(engine.analyse(input));
                    inputs.add(input.withoutText());
                    analysed.put(article.id(), article.contentHash());
                } catch (NotFoundException deleted) {
                    // deleted while the run went on: left out
                }
                done++;
                // The first article at once: until then the page says the run waits its turn (runs queue).
                if (done == 1 || System.nanoTime() - lastReport > 500_000_000L) {
                    service.progress(run.id(), done);
                    lastReport = System.nanoTime();
                }
            }
            // Every article read: the page says the run is now comparing them, which takes a while in a large project.
            service.progress(run.id(), done);
            int proposed = service.store(run.id(), engine.across(inputs, findings), analysed);
            completed.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            proposals.increment(proposed);
            log.info("Suggestions for project {}: {} proposed from {} articles in {} ms", run.projectId(), proposed,
                    list.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Suggestions for project {} failed", run.projectId(), e);
            failed.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            try {
                service.fail(run.id(), e instanceof org.crosscheck.base.DomainException ? e.getMessage()
                        : "An unexpected error stopped the run; it is in the server's log.");
            } catch (RuntimeException again) {
                log.error("Could not record the failure of suggestion run {}", run.id(), again);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
