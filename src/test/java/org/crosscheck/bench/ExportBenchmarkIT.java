package org.crosscheck.bench;

import org.crosscheck.TestData;
import org.crosscheck.exchange.ExportFilter;
import org.crosscheck.exchange.ExportFormat;
import org.crosscheck.exchange.ExportOptions;
import org.crosscheck.exchange.ExportProgress;
import org.crosscheck.exchange.ExportService;
import org.crosscheck.exchange.ImportFile;
import org.crosscheck.exchange.ImportService;
import org.crosscheck.exchange.ImportSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.crosscheck.TestData.as;

/**
 * Export at size (issue 11): 1,000 articles, 100,000 annotations, 2,000 contradictions; each format
 * written to a counting sink, wall time and peak heap growth (live heap after collections, and
 * used heap, above what was in use before), against Jackson writing the same rows from memory,
 * already loaded, in the same run. Then the import of the resulting bundle.
 * {@code mvn -Pproduction,bench verify -Dit.test='ExportBenchmark*'}; H2 here, PostgreSQL in
 * {@link ExportBenchmarkOnPostgresIT}. Figures go to the console and target/bench/. Not a pass/fail test.
 */
@Tag("bench")
@SpringBootTest(properties = {"logging.level.org.crosscheck=warn", "crosscheck.exchange.max-import-size=2GB",
        "crosscheck.exchange.max-entry-size=64MB",
        "test.db.url=jdbc:h2:file:./target/bench/h2-export-${random.uuid};DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class ExportBenchmarkIT {

    static final int ARTICLES = 1_000;
    static final int ANNOTATIONS = 100_000;
    static final int CONTRADICTIONS = 2_000;
    static final int RUNS = 3;

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ExportService exports;
    @Autowired org.crosscheck.exchange.ExportFormats formats;
    @Autowired ImportService imports;
    @Autowired org.crosscheck.annotation.AnnotationArchive annotationArchive;
    @Autowired org.crosscheck.article.ArticleService articleService;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void exportsAtNewsroomScaleAgainstJacksonFromMemory() throws Exception {
        String lead = data.user("lead");
        long projectId = data.project(lead);
        long authorId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, lead);
        long seeded = System.nanoTime();
        new BigProjectSeed(jdbc).seed(projectId, authorId,
                new BigProjectSeed.Scale(ARTICLES, ANNOTATIONS, CONTRADICTIONS, 1, 0));
        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        StringBuilder report = new StringBuilder("Export on " + database + ": " + ARTICLES + " articles, " + ANNOTATIONS
                + " annotations, " + CONTRADICTIONS + " contradictions (seeded in " + ms(seeded) + " ms); best of "
                + RUNS + " runs after one warm-up, heap growth the largest of the runs\n\n"
                + "| what | time ms | MB written | live heap growth MB | used heap growth MB | × reference |\n"
                + "|---|---|---|---|---|---|\n");

        Result reference = null;
        List<Object[]> rows = loadRows(projectId);
        for (int run = 0; run <= RUNS; run++) {
            Result r = measure(() -> {
                Counting sink = new Counting();
                writeReference(rows, sink);
                return sink;
            });
            reference = run == 0 ? null : best(reference, r);
        }
        report.append(row("Jackson from memory (reference)", reference, reference));
        rows.clear();
        // The floor of any export from this database: plain JDBC reading the same rows into memory.
        Result jdbcRead = null;
        for (int run = 0; run <= RUNS; run++) {
            Result r = measure(() -> loadRows(projectId).size());
            jdbcRead = run == 0 ? null : best(jdbcRead, r);
        }
        report.append(row("plain JDBC reading the same rows (no file)", jdbcRead, reference));

        // What reading alone costs: the same services, the same streams, in one read-only transaction, nothing written.
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Result reading = null;
        for (int run = 0; run <= RUNS; run++) {
            Result r = measure(() -> as(lead, () -> readOnly.execute(status -> {
                var marked = annotationArchive.exportReader(projectId);
                try (var b = articleService.streamRecords(projectId, false)) {
                    return b.mapToLong(article -> 1 + marked.of(article.id()).size()).sum();
                }
            })));
            reading = run == 0 ? null : best(reading, r);
        }
        report.append(row("reading through the services only (no file)", reading, reference));

        for (ExportFormat format : formats.all()) {
            Result best = null;
            for (int run = 0; run <= RUNS; run++) {
                Counting sink = new Counting();
                Result r = measure(() -> as(lead, () -> {
                    exports.export(projectId, ExportOptions.of(format.name(), ExportFilter.everything()), "http://bench", sink,
                            ExportProgress.NONE);
                    return sink;
                }));
                best = run == 0 ? null : best(best, r);
            }
            report.append(row("export " + format.name(), best, reference));
        }

        // The bundle once more, into a file (not measured), and imported as a new project.
        Path bundle = Files.createTempFile("bench-bundle", ".zip");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            as(lead, () -> {
                exports.export(projectId, ExportOptions.of("bundle", ExportFilter.everything()), "http://bench",
                        out, ExportProgress.NONE);
                return null;
            });
        }
        long size = Files.size(bundle);
        long started = System.nanoTime();
        ImportSummary summary;
        try (InputStream in = Files.newInputStream(bundle); ImportFile upload = ImportFile.copy(in, Long.MAX_VALUE)) {
            summary = as(lead, () -> imports.importAsNewProject(upload));
        } finally {
            Files.deleteIfExists(bundle);
        }
        report.append("\nImport of that bundle (").append(String.format(Locale.ROOT, "%.1f", size / 1e6))
                .append(" MB) as a new project: ").append(ms(started)).append(" ms (").append(summary.articles())
                .append(" articles, ").append(summary.annotations()).append(" annotations, ")
                .append(summary.contradictions()).append(" contradictions)\n");
        System.out.println("\n" + report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/export-" + database.toLowerCase(Locale.ROOT) + ".md"), report);
    }

    /** The same rows, read into memory once with plain JDBC: what the reference writes. */
    private List<Object[]> loadRows(long projectId) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("select id, title, outlet, body_text, original_text from article where project_id = ? order by id",
                rs -> {
                    rows.add(new Object[]{"article", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)});
                }, projectId);
        jdbc.query("""
                select id, article_id, kind, start_offset, end_offset, exact_text, prefix_text, suffix_text, speaker,
                  figure_value, figure_qualifier, figure_counts, note, created_at, updated_at
                from annotation where project_id = ? order by article_id, start_offset""", rs -> {
            rows.add(new Object[]{"annotation", rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10),
                    rs.getString(11), rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant().toString(),
                    rs.getTimestamp(15).toInstant().toString()});
        }, projectId);
        jdbc.query("""
                select s.contradiction_id, s.article_id, s.start_offset, s.end_offset, s.exact_text, c.note, c.status
                from contradiction_span s join contradiction c on c.id = s.contradiction_id
                where c.project_id = ? order by s.id""", rs -> {
            rows.add(new Object[]{"span", rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                    rs.getString(6), rs.getString(7)});
        }, projectId);
        return rows;
    }

    private static void writeReference(List<Object[]> rows, OutputStream out) {
        try (JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
            json.writeStartArray();
            for (Object[] row : rows) {
                json.writeStartArray();
                for (Object cell : row) {
                    if (cell == null) {
                        json.writeNull();
                    } else if (cell instanceof Number n) {
                        json.writeNumber(n.toString());
                    } else {
                        json.writeString(cell.toString());
                    }
                }
                json.writeEndArray();
            }
            json.writeEndArray();
        }
    }

    record Result(long millis, long bytes, long liveGrowth, long usedGrowth) {
    }

    private static Result best(Result a, Result b) {
        if (a == null) {
            return b;
        }
        return new Result(Math.min(a.millis(), b.millis()), b.bytes(), Math.max(a.liveGrowth(), b.liveGrowth()),
                Math.max(a.usedGrowth(), b.usedGrowth()));
    }

    interface Work {
        Object run() throws Exception;
    }

    /** Times the work and samples the heap meanwhile: used heap, and what the last collection left alive. */
    private static Result measure(Work work) throws Exception {
        System.gc();
        Thread.sleep(200);
        long usedBefore = used();
        long liveBefore = liveAfterGc();
        AtomicLong peakUsed = new AtomicLong(usedBefore);
        AtomicLong peakLive = new AtomicLong(liveBefore);
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!done.get()) {
                peakUsed.accumulateAndGet(used(), Math::max);
                peakLive.accumulateAndGet(liveAfterGc(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        Object result = work.run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        done.set(true);
        sampler.join();
        long bytes = result instanceof Counting c ? c.count : 0;
        return new Result(millis, bytes, Math.max(0, peakLive.get() - liveBefore), Math.max(0, peakUsed.get() - usedBefore));
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Heap in use right after the most recent collection of each pool: the live set, not garbage waiting. */
    private static long liveAfterGc() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    private static String row(String what, Result r, Result reference) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |%n", what, r.millis(), r.bytes() / 1e6,
                r.liveGrowth() / 1e6, r.usedGrowth() / 1e6,
                reference == null || reference.millis() == 0 ? "—" : String.format(Locale.ROOT, "%.2f",
                        (double) r.millis() / reference.millis()));
    }

    private static long ms(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Counts what is written, and keeps none of it. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
