package org.crosscheck.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.crosscheck.TestData;
import org.crosscheck.suggest.SuggestionFilter;
import org.crosscheck.suggest.SuggestionRunDetails;
import org.crosscheck.suggest.SuggestionRunner;
import org.crosscheck.suggest.SuggestionService;
import org.crosscheck.suggest.engine.AcrossSteps;
import org.crosscheck.suggest.engine.ArticleFindings;
import org.crosscheck.suggest.engine.EngineArticle;
import org.crosscheck.suggest.engine.SuggestionEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/**
 * Suggestions at the scale of issue 26 item 7: a project of 1,000 articles (about 5 MB of text) made
 * from the written evaluation articles, their paragraphs mixed and their names and numbers varied
 * (so quotes drift, figures conflict and names are spelled two ways across articles), stored through
 * the services on H2 and computed end to end; the engine alone on one core, with the time of each
 * cross-article step; the heap after each collection during the run; and three projects' runs
 * (150 articles each) started at once, to see them queue. {@code mvn -Pproduction,bench verify
 * -Dit.test=SuggestionScaleBenchmarkIT -DargLine=-Xmx512m}. Figures go to the console and
 * target/bench/suggestions-scale.txt. Not a timed test: it asserts only that the runs finish and
 * store suggestions.
 */
@Tag("bench")
@SpringBootTest(properties = {"logging.level.org.crosscheck=warn",
        "test.db.url=jdbc:h2:file:./target/bench/h2-scale-${random.uuid};DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SuggestionScaleBenchmarkIT {

    static final int ARTICLES = 1000;
    static final int BYTES_PER_ARTICLE = 5_000;
    static final int SMALL = 150;
    static final int RUNS = 3;

    private static final Pattern PERSON = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}{3,})\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d:.,])\\d{1,3}(?![\\d:.,])");
    private static final String[] SURNAME_ENDINGS = {"", "", "", "ek", "ova", "sen"};

    @Autowired TestData data;
    @Autowired SuggestionRunner runner;
    @Autowired SuggestionService suggestions;

    @BeforeAll
    static void freshReport() throws IOException {
        Files.deleteIfExists(Path.of("target/bench/suggestions-scale.txt"));
    }

    /** Each written event's articles, split into paragraphs. */
    static Map<String, List<List<String>>> events() throws IOException {
        Map<String, List<List<String>>> events = new LinkedHashMap<>();
        try (var dirs = Files.list(Path.of("src/test/resources/suggest-eval/written"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        List<String> paragraphs = Arrays.stream(Files.readString(f).split("\\n\\s*\\n"))
                                .map(String::strip).filter(p -> !p.isEmpty()).toList();
                        events.computeIfAbsent(dir.getFileName().toString(), k -> new ArrayList<>()).add(paragraphs);
                    }
                }
            }
        }
        return events;
    }

    /**
     * {@code count} articles of about {@link #BYTES_PER_ARTICLE} bytes, spread over the events: each
     * opens as one outlet's article and goes on with paragraphs of the event's other articles; people
     * get one of a few surnames per article (now and then one letter off), a quarter of the small
     * numbers move a little; one in ten is a republished copy of an earlier one with its numbers moved.
     */
    static List<String> project(Map<String, List<List<String>>> events, int count, long seed) {
        Random r = new Random(seed);
        List<String> eventNames = new ArrayList<>(events.keySet());
        Map<String, List<String>> written = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String event = eventNames.get(i % eventNames.size());
            List<String> earlier = written.computeIfAbsent(event, k -> new ArrayList<>());
            String text;
            if (!earlier.isEmpty() && r.nextInt(10) == 0) {
                text = numbers(earlier.get(r.nextInt(earlier.size())), r);
            } else {
                List<List<String>> sources = events.get(event);
                List<String> spine = sources.get(r.nextInt(sources.size()));
                List<String> pool = sources.stream().flatMap(List::stream).toList();
                StringBuilder b = new StringBuilder();
                for (int p = 0; p < spine.size() && b.length() < BYTES_PER_ARTICLE / 2; p++) {
                    b.append(spine.get(p)).append("\n\n");
                }
                while (b.toString().getBytes(StandardCharsets.UTF_8).length < BYTES_PER_ARTICLE) {
                    b.append(pool.get(r.nextInt(pool.size()))).append("\n\n");
                }
                text = numbers(people(b.toString().strip(), r), r);
            }
            earlier.add(text);
            out.add(text);
        }
        return out;
    }

    private static String people(String text, Random r) {
        String ending = SURNAME_ENDINGS[r.nextInt(SURNAME_ENDINGS.length)];
        boolean misspelt = r.nextInt(20) == 0;
        Matcher m = PERSON.matcher(text);
        return m.replaceAll(x -> {
            String surname = x.group(2) + ending;
            if (misspelt) {
                surname = surname + surname.charAt(surname.length() - 1);
            }
            return Matcher.quoteReplacement(x.group(1) + " " + surname);
        });
    }

    private static String numbers(String text, Random r) {
        return NUMBER.matcher(text).replaceAll(x -> r.nextInt(4) != 0 ? x.group()
                : String.valueOf(Math.max(1, Integer.parseInt(x.group()) + r.nextInt(7) - 3)));
    }

    @Test
    void thousandArticles() throws Exception {
        Map<String, List<List<String>>> events = events();
        List<String> texts = project(events, ARTICLES, 26);
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        line("JVM: %d MB max heap, %d processors", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        line("project: %d articles from %d written events, %.2f MB of UTF-8 text", ARTICLES, events.size(), bytes / 1e6);

        // 1. The engine alone, one thread, every text in turn (after a warm-up pass), then across the articles.
        SuggestionEngine engine = new SuggestionEngine();
        List<EngineArticle> inputs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            inputs.add(new EngineArticle(i + 1, "Outlet " + (i % 37), texts.get(i)));
        }
        inputs.forEach(engine::analyse);
        double[] mbPerSecond = new double[RUNS];
        List<ArticleFindings> each = null;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            each = inputs.stream().map(engine::analyse).toList();
            mbPerSecond[run] = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(mbPerSecond);
        long quotes = each.stream().mapToLong(f -> f.quotes().size()).sum();
        long figures = each.stream().mapToLong(f -> f.figures().size()).sum();
        line("engine, article by article on one thread: %.1f MB/s median (%.1f–%.1f over %d passes); %d quotes, %d figures",
                mbPerSecond[RUNS / 2], mbPerSecond[0], mbPerSecond[RUNS - 1], RUNS, quotes, figures);
        Map<String, Long> topics = each.stream().flatMap(f -> f.figures().stream()).filter(f -> f.topic() != null)
                .collect(Collectors.groupingBy(f -> f.topic(), Collectors.counting()));
        line("figures with a topic: %d in %d topics, the largest topic %d (figure conflicts compare every pair in a topic)",
                topics.values().stream().mapToLong(Long::longValue).sum(), topics.size(),
                topics.values().stream().mapToLong(Long::longValue).max().orElse(0));
        // The steps of engine.across, each timed (their sum is its time).
        Map<String, Long> steps = AcrossSteps.time(inputs, each);
        line("engine, across %d articles: %d ms in all", ARTICLES, steps.values().stream().mapToLong(Long::longValue).sum());
        for (Map.Entry<String, Long> step : steps.entrySet()) {
            line("  %s: %d ms", step.getKey(), step.getValue());
        }
        inputs = null;
        each = null;

        // 2. The project stored through the services on H2 and computed as the Suggestions page does,
        // with the heap after every collection watched meanwhile.
        String lead = data.user("scale");
        long projectId = data.project(lead);
        long importStart = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            data.article(projectId, lead, "Article " + i, texts.get(i));
        }
        line("import: %d articles in %.1f s (not part of the run)", ARTICLES, (System.nanoTime() - importStart) / 1e9);
        texts = null;
        long baseline = heapAfterFullGc();
        SuggestionRunDetails run;
        long wall;
        try (HeapWatch watch = HeapWatch.start()) {
            long s = System.nanoTime();
            run = as(lead, () -> runner.runNow(projectId));
            wall = (System.nanoTime() - s) / 1_000_000;
            line("service on H2, %d articles: %.1f s wall, read, compute, store (status %s, %d proposed)", ARTICLES,
                    wall / 1000.0, run.status(), run.proposed());
            line("heap: %d MB after a full collection before the run; during it, at most %d MB after a collection"
                            + " (%d collections, %d of them old or full)", baseline >> 20, watch.peak() >> 20,
                    watch.collections(), watch.oldCollections());
        }
        long pending = as(lead, () -> suggestions.count(projectId, SuggestionFilter.pending()));
        line("stored: %d pending suggestions", pending);
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.articlesDone()).isEqualTo(ARTICLES);
        assertThat(pending).isPositive();

    }

    /** Three projects' runs started at once (smaller projects, so that this takes a minute or two). */
    @Test
    void runsOfThreeProjectsQueue() throws Exception {
        Map<String, List<List<String>>> events = events();
        String lead = data.user("queue");
        List<Long> projects = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            long small = data.project(lead);
            for (String text : project(events, SMALL, 100 + p)) {
                data.article(small, lead, "Small " + p, text);
            }
            projects.add(small);
        }
        long start = System.nanoTime();
        List<SuggestionRunDetails> started = new ArrayList<>();
        for (long id : projects) {
            started.add(as(lead, () -> runner.start(id)));
        }
        long[] moving = new long[projects.size()];
        long[] done = new long[projects.size()];
        String[] status = new String[projects.size()];
        Arrays.fill(moving, -1);
        Arrays.fill(done, -1);
        int maxMovingAtOnce = 0;
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (Arrays.stream(done).anyMatch(d -> d < 0) && System.nanoTime() < deadline) {
            int movingNow = 0;
            for (int k = 0; k < projects.size(); k++) {
                long id = projects.get(k);
                long runId = started.get(k).id();
                SuggestionRunDetails now = as(lead, () -> suggestions.run(id, runId));
                long at = (System.nanoTime() - start) / 1_000_000;
                if (moving[k] < 0 && (now.articlesDone() > 0 || !now.running())) {
                    moving[k] = at;
                }
                if (done[k] < 0 && !now.running()) {
                    done[k] = at;
                    status[k] = now.status() + (now.error() == null ? "" : ": " + now.error());
                }
                if (moving[k] >= 0 && done[k] < 0) {
                    movingNow++;
                }
            }
            maxMovingAtOnce = Math.max(maxMovingAtOnce, movingNow);
            Thread.sleep(50);
        }
        for (int k = 0; k < projects.size(); k++) {
            line("queued run %d (%d articles): first progress seen at %.1f s, finished at %.1f s, %s", k + 1,
                    SMALL, moving[k] / 1000.0, done[k] / 1000.0, status[k]);
        }
        line("three runs started at once: at most %d making progress at any time", maxMovingAtOnce);
        assertThat(done).doesNotContain(-1L);
        assertThat(status).containsOnly("DONE");
    }

    private static long heapAfterFullGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use right after any collection, from the collectors' notifications. */
    static final class HeapWatch implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final AtomicLong oldCollections = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final NotificationListener listener = (n, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (heapPools.contains(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            collections.incrementAndGet();
            if (!info.getGcAction().contains("minor")) {
                oldCollections.incrementAndGet();
            }
            peak.accumulateAndGet(used, Math::max);
        };

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(w.listener, null, null);
            }
            return w;
        }

        long peak() {
            return peak.get();
        }

        long collections() {
            return collections.get();
        }

        long oldCollections() {
            return oldCollections.get();
        }

        @Override
        public void close() throws Exception {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            }
        }
    }

    /** Printed, and added to the report at once: a run that stops part way still leaves what it measured. */
    private void line(String format, Object... args) throws IOException {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println("[bench] " + s);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/suggestions-scale.txt"), s + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
