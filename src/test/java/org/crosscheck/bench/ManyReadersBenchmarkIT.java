package org.crosscheck.bench;

import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.CrosscheckApplication;
import org.crosscheck.TestData;
import org.crosscheck.browser.BrowserTestAccess;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static com.codeborne.selenide.Condition.attribute;

/**
 * Many people on one article (issue 14): 20 readers in their own Chromium sessions on one article
 * while 20 writers add, edit and delete annotations through the API at 10 changes per second in all.
 * For every change and every reader: the time from the writer's response to the change being in
 * that reader's DOM (recorded in the page by a MutationObserver, wall clock of the same machine),
 * and whether any reader missed a change. One node on H2, then two nodes on PostgreSQL (readers and
 * writers split between them). Also the heap each open reader session holds, and the WebSocket echo
 * of {@link LiveLatencyBenchmarkIT} for reference. {@code mvn -Pproduction,bench verify -Dtest=NONE
 * -Dit.test=ManyReadersBenchmarkIT}; figures in target/bench/many-readers.txt. Not a pass/fail test.
 */
@Tag("bench")
class ManyReadersBenchmarkIT {

    static final int READERS = Integer.getInteger("bench.readers", 20);
    static final int WRITERS = 20;
    static final int CHANGES_PER_SECOND = 10;
    static final int SECONDS = 60;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One change a writer made: the annotation, what its mark's title must then contain (null: gone), when the API answered. */
    record Change(String markId, String token, double answeredAt) {
    }

    @Test
    void twentyReadersWhileTwentyWritersChangeTheArticle() throws Exception {
        SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Many people on one article: %d readers "
                + "(Chromium), %d writers (API), %d changes/s for %d s, %d cores%n", READERS, WRITERS, CHANGES_PER_SECOND,
                SECONDS, Runtime.getRuntime().availableProcessors()));
        BrowserTestAccess.configure();
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            ConfigurableApplicationContext single = start("jdbc:h2:mem:bench-many;DB_CLOSE_DELAY=-1", "sa", "");
            nodes.add(single);
            report.append(run("one node (H2)", List.of(port(single)), Cast.on(single), true));
            System.out.println(report);
            String pg = System.getProperty("test.pg.url");
            if (pg != null && !pg.isBlank() && !Boolean.getBoolean("test.pg.skip")) {
                single.close();
                String user = System.getProperty("test.pg.user", "crosscheck");
                String password = System.getProperty("test.pg.password", "crosscheck");
                ConfigurableApplicationContext a = start(pg, user, password);
                nodes.add(a);
                Cast cast = Cast.on(a);
                // Node B: the jar in a JVM of its own, as a second node runs.
                try (org.crosscheck.JarNode b = org.crosscheck.JarNode.start(pg, "--crosscheck.api.rate-limit.per-second=1000",
                        "--crosscheck.api.rate-limit.burst=1000", "--logging.level.org.crosscheck=warn")) {
                    report.append(run("two nodes (PostgreSQL)", List.of(port(a), b.port()), cast, false));
                }
            } else {
                report.append("two nodes (PostgreSQL): skipped (no -Dtest.pg.url)\n");
            }
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/many-readers.txt"), report);
    }

    /** A project with the article, its readers (observers) and its writers (reviewers). */
    record Cast(long articleId, List<String> readers, List<String> writers) {
        static Cast on(ConfigurableApplicationContext node) {
            TestData data = node.getBean(TestData.class);
            String lead = data.user("lead");
            long projectId = data.project(lead);
            long articleId = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
            List<String> readers = new ArrayList<>();
            List<String> writers = new ArrayList<>();
            for (int i = 0; i < Math.max(READERS, WRITERS); i++) {
                String reader = data.user("reader");
                data.member(projectId, lead, reader, ProjectRole.OBSERVER);
                readers.add(reader);
                String writer = data.user("writer");
                data.member(projectId, lead, writer, ProjectRole.REVIEWER);
                writers.add(writer);
            }
            return new Cast(articleId, readers, writers);
        }
    }

    private String run(String label, List<Integer> ports, Cast cast, boolean measureHeap)
            throws Exception {
        long articleId = cast.articleId();
        List<String> readers = cast.readers();
        List<String> writers = cast.writers();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            tokens.add(token(ports.get(i % ports.size()), writers.get(i)));
        }

        String text = JSON.readTree(send(ports.getFirst(), tokens.getFirst(), "GET", "/api/v1/articles/" + articleId,
                null, null).body()).get("text").asString();
        List<int[]> words = new ArrayList<>();
        var word = java.util.regex.Pattern.compile("\\p{L}{3,}").matcher(text);
        while (word.find()) {
            words.add(new int[]{word.start(), word.end()});
        }

        long heapBefore = measureHeap ? usedHeapAfterGc() : 0;
        List<SelenideDriver> browsers = new ArrayList<>();
        try {
            for (int i = 0; i < READERS; i++) {
                SelenideDriver browser = BrowserTestAccess.newBrowser("http://localhost:" + ports.get(i % ports.size()));
                browsers.add(browser);
                BrowserTestAccess.login(browser, readers.get(i));
                browser.open("/articles/" + articleId);
                browser.$("cc-article-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(60));
                record(browser);
            }
            long heapPerReader = measureHeap ? (usedHeapAfterGc() - heapBefore) / READERS : -1;
            // Where the browsers' time goes: Chromium's own counters for every reader, a CPU profile of the first.
            List<Map<String, Double>> metricsBefore = new ArrayList<>();
            for (SelenideDriver browser : browsers) {
                cdp(browser, "Performance.enable", Map.of());
                metricsBefore.add(metrics(browser));
            }
            // The browsers' cost of merely having the page open, for ten seconds before any change.
            Thread.sleep(10_000);
            double idleSeconds = 0;
            for (int r = 0; r < browsers.size(); r++) {
                Map<String, Double> now = metrics(browsers.get(r));
                idleSeconds += now.getOrDefault("TaskDuration", 0.0) - metricsBefore.get(r).getOrDefault("TaskDuration", 0.0);
                metricsBefore.set(r, now);
            }
            cdp(browsers.getFirst(), "Profiler.enable", Map.of());
            cdp(browsers.getFirst(), "Profiler.start", Map.of());

            List<Change> changes = Collections.synchronizedList(new ArrayList<>());
            List<List<long[]>> owned = new ArrayList<>(); // per writer: [annotation id, version]
            for (int i = 0; i < WRITERS; i++) {
                owned.add(Collections.synchronizedList(new ArrayList<>()));
            }
            Random random = new Random(7);
            ExecutorService calls = Executors.newFixedThreadPool(WRITERS);
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            int total = CHANGES_PER_SECOND * SECONDS;
            int[] next = {0};
            clock.scheduleAtFixedRate(() -> {
                int n = next[0]++;
                if (n >= total) {
                    return;
                }
                int w = n % WRITERS;
                int choice = random.nextInt(3);
                int[] at = words.get((int) ((long) n * 7919 % words.size()));
                calls.submit(() -> change(ports.get(w % ports.size()), tokens.get(w), articleId, owned.get(w), choice,
                        at, changes));
            }, 0, 1000 / CHANGES_PER_SECOND, TimeUnit.MILLISECONDS);
            long began = System.nanoTime();
            clock.awaitTermination(SECONDS, TimeUnit.SECONDS);
            clock.shutdownNow();
            calls.shutdown();
            if (!calls.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the writers' calls did not finish");
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            // Late is not missed: wait until no reader's page has recorded anything for five seconds (at most two minutes).
            long settled = System.nanoTime();
            long[] sizes = new long[browsers.size()];
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < 5_000_000_000L && System.nanoTime() - settled < 120_000_000_000L) {
                Thread.sleep(500);
                for (int r = 0; r < browsers.size(); r++) {
                    long size = ((Number) browsers.get(r).executeJavaScript("return window.__log.length")).longValue();
                    if (size != sizes[r]) {
                        sizes[r] = size;
                        quietSince = System.nanoTime();
                    }
                }
            }
            Map<String, Double> browserSeconds = new java.util.TreeMap<>();
            for (int r = 0; r < browsers.size(); r++) {
                Map<String, Double> after = metrics(browsers.get(r));
                for (String name : List.of("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")) {
                    browserSeconds.merge(name, after.getOrDefault(name, 0.0) - metricsBefore.get(r).getOrDefault(name, 0.0), Double::sum);
                }
            }
            String profile = topFunctions(cdp(browsers.getFirst(), "Profiler.stop", Map.of()), 12);
            List<Change> made;
            synchronized (changes) {
                made = List.copyOf(changes);
            }

            // What every reader must show in the end: each annotation's last state (its note, or gone).
            Map<String, Change> last = new java.util.HashMap<>();
            for (Change change : made) {
                last.merge(change.markId(), change, (a, b) -> b.answeredAt() > a.answeredAt() ? b : a);
            }
            List<Double> latencies = new ArrayList<>();
            long missed = 0;
            long folded = 0;
            for (SelenideDriver browser : browsers) {
                @SuppressWarnings("unchecked")
                List<List<Object>> log = (List<List<Object>>) browser.executeJavaScript("return window.__log");
                @SuppressWarnings("unchecked")
                Map<String, Object> shown = (Map<String, Object>) browser.executeJavaScript("return window.__state");
                for (Change change : made) {
                    Double seen = null;
                    for (List<Object> entry : log) {
                        if (entry.get(0).equals(change.markId()) && (change.token() == null ? entry.get(1) == null
                                : entry.get(1) != null && ((String) entry.get(1)).contains(change.token()))) {
                            seen = ((Number) entry.get(2)).doubleValue();
                            break;
                        }
                    }
                    if (seen == null) {
                        // Not drawn as such: folded into a later update if the reader ends up showing the
                        // annotation's last state (a note edited again before it was drawn, or added and
                        // deleted before it was drawn), missed if not.
                        Change final_ = last.get(change.markId());
                        Object title = shown.get(change.markId());
                        boolean right = final_.token() == null ? title == null
                                : title != null && ((String) title).contains(final_.token());
                        if (right) {
                            folded++;
                        } else {
                            missed++;
                        }
                    } else {
                        latencies.add(seen - change.answeredAt());
                    }
                }
            }
            double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String echo = LiveLatencyBenchmarkIT.echo(browsers.getFirst()).toString();
            return String.format(Locale.ROOT, """
                    %s: %d changes in %.0f s (%.1f/s) x %d readers = %d deliveries, %d missed (the reader's final state wrong), %d folded into a later update
                      writer's answer -> reader's DOM: p50 %.0f ms  p95 %.0f ms  max %.0f ms
                      WebSocket echo (same run): %s
                      browsers' main threads, all readers: idle page open 10 s: TaskDuration %.1f s; from the first change until quiet: %s
                      where the first reader's main thread spent it (self time, top functions):
                    %s
                    %s""", label, made.size(), seconds, made.size() / seconds, READERS, latencies.size() + missed + folded, missed, folded,
                    at(sorted, 0.50),
                    at(sorted, 0.95), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], echo,
                    idleSeconds, browserSeconds.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                            .collect(java.util.stream.Collectors.joining(", ")), profile,
                    heapPerReader < 0 ? "" : String.format(Locale.ROOT, "  heap per open reader session: %.2f MB%n",
                            heapPerReader / 1e6));
        } finally {
            browsers.forEach(SelenideDriver::close);
        }
    }

    /** Adds a note, edits one of this writer's notes, or deletes one; remembers what the readers must then show. */
    private static void change(int port, String token, long articleId, List<long[]> owned, int choice, int[] word,
                               List<Change> changes) {
        try {
            String token1 = "t" + UUID.randomUUID().toString().substring(0, 8);
            long[] mine = owned.isEmpty() ? null : owned.get(owned.size() - 1);
            if (mine == null || choice == 0) {
                HttpResponse<String> made = send(port, token, "POST", "/api/v1/articles/" + articleId + "/annotations",
                        "{\"kind\":\"NOTE\",\"start\":" + word[0] + ",\"end\":" + word[1] + ",\"note\":\"" + token1 + "\"}",
                        null);
                double at = now();
                if (made.statusCode() == 201) {
                    JsonNode json = JSON.readTree(made.body());
                    owned.add(new long[]{json.get("id").asLong(), version(made)});
                    changes.add(new Change("a" + json.get("id").asLong(), token1, at));
                }
            } else if (choice == 1) {
                HttpResponse<String> edited = send(port, token, "PATCH", "/api/v1/annotations/" + mine[0],
                        "{\"note\":\"" + token1 + "\"}", "\"" + mine[1] + "\"");
                double at = now();
                if (edited.statusCode() == 200) {
                    mine[1] = version(edited);
                    changes.add(new Change("a" + mine[0], token1, at));
                }
            } else {
                HttpResponse<String> deleted = send(port, token, "DELETE", "/api/v1/annotations/" + mine[0], null,
                        "\"" + mine[1] + "\"");
                double at = now();
                if (deleted.statusCode() == 204) {
                    owned.remove(mine);
                    changes.add(new Change("a" + mine[0], null, at));
                }
            }
        } catch (Exception e) {
            System.err.println("change failed: " + e);
        }
    }

    private static long version(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
    }

    private static double now() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() * 1000.0 + t.getNano() / 1e6;
    }

    private static HttpResponse<String> send(int port, String token, String method, String path, String body,
                                             String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(int port, String username) throws Exception {
        HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"scope\":\"write\",\"expiresInDays\":1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (made.statusCode() != 201) {
            throw new IllegalStateException("no token: " + made.body());
        }
        return JSON.readTree(made.body()).get("token").asString();
    }

    /** Records in the page, for every mark id, each time its marks' titles change or it goes away. */
    private static void record(SelenideDriver browser) {
        browser.executeJavaScript("""
                window.__log = [];
                const state = window.__state = {};
                const element = document.querySelector('cc-article-text');
                new MutationObserver(() => {
                  const now = performance.timeOrigin + performance.now();
                  const seen = {};
                  element.querySelectorAll('mark[data-ids]').forEach(m => {
                    for (const id of m.dataset.ids.split(' ')) seen[id] = (seen[id] || '') + m.title;
                  });
                  for (const id in seen) if (state[id] !== seen[id]) { state[id] = seen[id]; window.__log.push([id, seen[id], now]); }
                  for (const id in state) if (!(id in seen)) { delete state[id]; window.__log.push([id, null, now]); }
                }).observe(element, {subtree: true, childList: true, attributes: true, attributeFilter: ['title']});""");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cdp(SelenideDriver browser, String command, Map<String, Object> parameters) {
        return ((org.openqa.selenium.chromium.ChromiumDriver) browser.getWebDriver()).executeCdpCommand(command, parameters);
    }

    /** Chromium's cumulative counters for the page (seconds for the *Duration ones). */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> metrics(SelenideDriver browser) {
        Map<String, Double> values = new java.util.HashMap<>();
        for (Map<String, Object> metric : (List<Map<String, Object>>) cdp(browser, "Performance.getMetrics", Map.of()).get("metrics")) {
            values.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue());
        }
        return values;
    }

    /** A CPU profile's self time per function (name and file), the largest first. */
    @SuppressWarnings("unchecked")
    static String topFunctions(Map<String, Object> stopped, int count) {
        Map<String, Object> profile = (Map<String, Object>) stopped.get("profile");
        Map<Long, String> names = new java.util.HashMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) profile.get("nodes")) {
            Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
            String url = (String) frame.get("url");
            String file = url == null || url.isEmpty() ? "" : " " + url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            String function = (String) frame.get("functionName");
            names.put(((Number) node.get("id")).longValue(), (function.isEmpty() ? "(anonymous)" : function) + file);
        }
        List<Object> samples = (List<Object>) profile.get("samples");
        List<Object> deltas = (List<Object>) profile.get("timeDeltas");
        Map<String, Double> self = new java.util.HashMap<>();
        double total = 0;
        for (int i = 0; i < samples.size(); i++) {
            double ms = ((Number) deltas.get(i)).doubleValue() / 1000;
            self.merge(names.get(((Number) samples.get(i)).longValue()), ms, Double::sum);
            total += ms;
        }
        double all = total;
        return self.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(count)
                .map(e -> String.format(Locale.ROOT, "    %7.0f ms %4.1f%%  %s", e.getValue(), 100 * e.getValue() / all, e.getKey()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static double at(double[] sorted, double quantile) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.floor(quantile * (sorted.length - 1))];
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(String url, String user, String password) {
        return new SpringApplicationBuilder(CrosscheckApplication.class, LiveLatencyBenchmarkIT.EchoEndpoint.class)
                .profiles("test")
                .run("--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--spring.jmx.enabled=false",
                        "--crosscheck.api.rate-limit.per-second=1000", "--crosscheck.api.rate-limit.burst=1000",
                        "--logging.level.org.crosscheck=warn");
    }
}
