package org.crosscheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as a user runs it (the packaged jar, its embedded database) with a 512 MB heap, under
 * every kind of import at its largest, ten at a time each, from several users, while another user
 * keeps annotating. Nothing may exhaust the server or corrupt what it holds: every request gets an
 * answer (done, or a clean refusal: 413, 429, 503), the annotating user is not held up, no
 * OutOfMemoryError happens, and afterwards the data is whole. A second test kills the JVM in the
 * middle of such a load: it starts again with everything it had confirmed.
 */
class LoadIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The heap the issue names; the GC log (target/load-gc-*.log) tells how full it got. */
    private static final List<String> JVM = List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
            "-Xlog:gc:file=target/load-gc-%p.log");
    /** The node's limits: the defaults, but for a bundle (256 MB would take minutes per import here). */
    private static final String[] SETTINGS = {"--crosscheck.demo=true", "--crosscheck.suggestions.on-import=false",
            "--crosscheck.exchange.max-import-size=64MB", "--crosscheck.api.rate-limit.per-second=1000",
            "--crosscheck.api.rate-limit.burst=5000"};
    private static final int PARALLEL = 10;
    private static final Set<Integer> CLEAN_REFUSALS = Set.of(413, 429, 503);
    /** How long a refused import is tried again (after its Retry-After) before its 503 counts as the answer. */
    private static final Duration RETRIES_FOR = Duration.ofSeconds(240);

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void tenParallelImportsOfEveryKindAtTheirLargestNeitherExhaustNorCorruptTheServer() throws Exception {
        Path data = home.resolve("data");
        Load load;
        String before;
        List<Integer> statuses;
        try (JarNode node = JarNode.embedded(data, JVM, SETTINGS)) {
            load = new Load(node.port());
            before = load.demoExport();
            statuses = load.importsWhileAnnotating(null);
            System.out.printf("LoadIT: %s (%d answers 503 tried again); annotating: %d saved, p95 %d ms, max %d ms%n",
                    load.outcomes, load.refusedForNow.get(),
                    load.annotator.saved.size(), load.annotator.percentile(95), load.annotator.percentile(100));

            assertThat(node.isAlive()).as("the node is still running").isTrue();
            assertThat(node.log()).doesNotContain("OutOfMemoryError").doesNotContain("The database has been closed");
            assertThat(statuses).as("every import is done or cleanly refused")
                    .allMatch(s -> (s >= 200 && s < 300) || CLEAN_REFUSALS.contains(s));
            for (String kind : Load.KINDS) {
                assertThat(load.outcomes.get(kind)).as("some " + kind + " imports were done, not all refused")
                        .anyMatch(s -> s >= 200 && s < 300);
            }
            assertThat(load.annotator.failures).as("the annotating user's requests that failed").isEmpty();
            assertThat(load.annotator.saved).as("annotations saved while the imports ran").hasSizeGreaterThan(20);
            assertThat(load.annotator.percentile(95)).as("the annotating user's p95 in ms").isLessThan(1000);
            assertThat(load.demoExport()).as("the demo project, which no import touched").isEqualTo(before);
        }
        // Stopped; the database file is read whole (every row of every table), then the app starts on it.
        assertIntact(data);
        try (JarNode again = JarNode.embedded(data, JVM, SETTINGS)) {
            Load after = new Load(again.port());
            assertThat(after.demoExport()).isEqualTo(before);
            after.assertAllThere(load.annotator.saved, load.importedArticles);
            assertThat(after.get("admin", "/api/v1/audit/verify").json().get("intact").asBoolean())
                    .as("the audit chain").isTrue();
        }
    }

    @Test
    void aNodeKilledInTheMiddleOfTheLoadStartsAgainWithEverythingItConfirmed() throws Exception {
        Path data = home.resolve("data");
        Load load;
        try (JarNode node = JarNode.embedded(data, JVM, SETTINGS)) {
            load = new Load(node.port());
            load.importsWhileAnnotating(() -> {
                // Killed once imports and annotations are being written (or, should no import get
                // through, once the retries are over).
                long latest = System.nanoTime() + RETRIES_FOR.toNanos();
                while ((load.annotator.saved.size() < 40 || load.importedArticles.isEmpty()) && System.nanoTime() < latest) {
                    if (!node.isAlive()) {
                        return;
                    }
                    try {
                        Thread.sleep(50); // polling the load's progress from the test, not waiting for a page
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                try {
                    node.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(node.isAlive()).isFalse();
        }
        System.out.printf("LoadIT kill: %d annotations and %d articles confirmed before the kill%n",
                load.annotator.saved.size(), load.importedArticles.size());
        try (JarNode again = JarNode.embedded(data, JVM, SETTINGS)) {
            Load after = new Load(again.port());
            after.assertAllThere(load.annotator.saved, load.importedArticles);
            assertThat(after.get("admin", "/api/v1/audit/verify").json().get("intact").asBoolean())
                    .as("the audit chain").isTrue();
        }
        assertIntact(data);
    }

    /** Opens the stopped node's database and reads every row of every table (H2's SCRIPT): a damaged file fails. */
    private static void assertIntact(Path data) throws Exception {
        String password = Files.readString(data.resolve("db-password")).strip();
        Path dump = Files.createTempFile("crosscheck-script", ".sql");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("crosscheck"), "sa", password);
             Statement st = c.createStatement()) {
            st.execute("SCRIPT TO '" + dump + "'");
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private record Answer(int status, String body, String retryAfter) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** The users, their projects and what the load sends, against one node. */
    private final class Load {
        static final List<String> KINDS = List.of("files", "json", "w3c", "bundle");

        final String base;
        final Map<String, String> tokens = new ConcurrentHashMap<>();
        final Map<String, List<Integer>> outcomes = new ConcurrentHashMap<>();
        final List<Long> importedArticles = new CopyOnWriteArrayList<>();
        final Annotator annotator = new Annotator();
        final AtomicInteger refusedForNow = new AtomicInteger();

        Load(int port) throws Exception {
            this.base = "http://localhost:" + port;
            for (String user : List.of("admin", "lena", "ravi", "noah", "olga")) {
                tokens.put(user, token(user, user.equals("admin") ? "admin-test-password" : "demo-password"));
            }
        }

        String demoExport() throws Exception {
            Answer csv = get("lena", "/api/v1/projects/1/export?format=csv&tables=annotations");
            assertThat(csv.status()).isEqualTo(200);
            return csv.body();
        }

        /**
         * Fires every kind of import, ten of each, from three users into projects of their own, while
         * olga annotates an article of hers; {@code during} runs beside them (the kill). Returns every
         * import's status (-1: no answer, as when the node was killed).
         */
        List<Integer> importsWhileAnnotating(Runnable during) throws Exception {
            List<String> importers = List.of("lena", "ravi", "noah");
            for (String user : List.of("lena", "ravi", "noah", "olga")) {
                long id = get("admin", "/api/v1/users?q=" + user).json().get("items").get(0).get("id").asLong();
                assertThat(send("admin", "PATCH", "/api/v1/users/" + id, "application/json",
                        "{\"projectCreator\":true}".getBytes()).status()).isEqualTo(200);
            }
            Map<String, Long> projects = new ConcurrentHashMap<>();
            Map<String, Long> seeds = new ConcurrentHashMap<>();
            String seedText = seedText();
            for (String user : List.of("lena", "ravi", "noah", "olga")) {
                Answer created = send(user, "POST", "/api/v1/projects", "application/json",
                        JSON.writeValueAsBytes(Map.of("name", "Load " + user)));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                long project = created.json().get("id").asLong();
                projects.put(user, project);
                Answer seed = send(user, "POST", "/api/v1/projects/" + project + "/articles", "application/json",
                        JSON.writeValueAsBytes(Map.of("title", "Seed", "outlet", "Wire", "text", seedText)));
                assertThat(seed.status()).as(seed.body()).isEqualTo(201);
                seeds.put(user, seed.json().get(0).get("id").asLong());
            }
            // Offsets count in the text as stored.
            String stored = get("olga", "/api/v1/articles/" + seeds.get("olga")).json().get("text").asString();

            Random random = new Random(25);
            byte[] files = multipart(random);
            byte[] text = JSON.writeValueAsBytes(Map.of("title", "Long", "outlet", "Wire",
                    "text", words(random, 9_900_000)));
            Map<String, byte[]> w3c = new ConcurrentHashMap<>();
            for (String user : importers) {
                w3c.put(user, w3c(base + "/api/v1/articles/" + seeds.get(user), stored, random));
            }
            byte[] bundle = bundle(random);

            AtomicBoolean loading = new AtomicBoolean(true);
            Thread annotating = Thread.ofPlatform().start(() -> annotator.run(seeds.get("olga"), stored, loading));
            ExecutorService pool = Executors.newFixedThreadPool(KINDS.size() * PARALLEL + 1);
            try {
                Future<?> beside = during == null ? null : pool.submit(during);
                List<Future<Integer>> sent = new ArrayList<>();
                long until = System.nanoTime() + RETRIES_FOR.toNanos();
                for (int i = 0; i < PARALLEL; i++) {
                    String user = importers.get(i % importers.size());
                    long project = projects.get(user);
                    sent.add(pool.submit(() -> record("files", retrying(until, user, "POST", "/api/v1/projects/" + project
                            + "/articles?allowDuplicate=true", "multipart/form-data; boundary=" + BOUNDARY, files))));
                    sent.add(pool.submit(() -> record("json", retrying(until, user, "POST", "/api/v1/projects/" + project
                            + "/articles?allowDuplicate=true", "application/json", text))));
                    sent.add(pool.submit(() -> record("w3c", retrying(until, user, "POST", "/api/v1/projects/" + project + "/import",
                            "application/ld+json", w3c.get(user)))));
                    sent.add(pool.submit(() -> record("bundle", retrying(until, user, "POST", "/api/v1/projects/import",
                            "application/zip", bundle))));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : sent) {
                    statuses.add(f.get());
                }
                if (beside != null) {
                    beside.get();
                }
                return statuses;
            } finally {
                loading.set(false);
                annotating.join();
                pool.shutdownNow();
            }
        }

        private int record(String kind, Answer answer) {
            outcomes.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(answer.status());
            if (answer.status() >= 200 && answer.status() < 300 && !kind.equals("w3c")) {
                JsonNode json = answer.json();
                if (json.isArray()) {
                    json.forEach(a -> importedArticles.add(a.get("id").asLong()));
                } else if (json.has("id")) {
                    importedArticles.add(json.get("id").asLong());
                }
            }
            return answer.status();
        }

        /** Every annotation and article the node confirmed is there. */
        void assertAllThere(List<Long> annotations, List<Long> articles) throws Exception {
            for (long id : annotations) {
                assertThat(get("olga", "/api/v1/annotations/" + id).status()).as("annotation " + id).isEqualTo(200);
            }
            for (long id : articles) {
                assertThat(get("admin", "/api/v1/articles/" + id).status()).as("article " + id).isEqualTo(200);
            }
        }

        /**
         * As a script does: a 503 is tried again after its Retry-After, until {@code until} (a
         * {@link System#nanoTime()}); then the refusal is the answer.
         */
        Answer retrying(long until, String user, String method, String path, String type, byte[] body) {
            while (true) {
                Answer answer = send(user, method, path, type, body);
                if (answer.status() != 503 || System.nanoTime() > until) {
                    return answer;
                }
                refusedForNow.incrementAndGet();
                try {
                    Thread.sleep(Duration.ofSeconds(Long.parseLong(answer.retryAfter())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return answer;
                }
            }
        }

        Answer get(String user, String path) throws Exception {
            return send(user, "GET", path, null, null);
        }

        Answer send(String user, String method, String path, String type, byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + tokens.get(user))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body(),
                        response.headers().firstValue("Retry-After").orElse("1"));
            } catch (IOException e) {
                return new Answer(-1, e.toString(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, e.toString(), null);
            }
        }

        private String token(String user, String password) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load\",\"scope\":\"write\",\"expiresInDays\":1}"))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(201);
            return JSON.readTree(response.body()).get("token").asString();
        }

        /** Olga marks one note after another in her article for as long as the imports run. */
        final class Annotator {
            final List<Long> saved = new CopyOnWriteArrayList<>();
            final List<Long> millis = new CopyOnWriteArrayList<>();
            final List<String> failures = new CopyOnWriteArrayList<>();

            void run(long article, String text, AtomicBoolean loading) {
                int at = 0;
                int n = 0;
                while (loading.get()) {
                    int start = text.indexOf('w', at);
                    int end = wordEnd(text, start);
                    at = end + 1 >= text.length() - 10 ? 0 : end + 1;
                    long began = System.nanoTime();
                    Answer answer = send("olga", "POST", "/api/v1/articles/" + article + "/annotations", "application/json",
                            ("{\"kind\":\"NOTE\",\"start\":" + start + ",\"end\":" + end + ",\"note\":\"note " + n++ + "\"}")
                                    .getBytes(StandardCharsets.UTF_8));
                    if (answer.status() == 201) {
                        millis.add((System.nanoTime() - began) / 1_000_000);
                        saved.add(answer.json().get("id").asLong());
                    } else if (answer.status() != -1) {
                        failures.add(answer.status() + " " + answer.body());
                    } else {
                        return; // the node is gone (the kill test)
                    }
                }
            }

            long percentile(int p) {
                List<Long> sorted = new ArrayList<>(millis);
                Collections.sort(sorted);
                return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
            }
        }
    }

    private static final String BOUNDARY = "crosscheck-load-boundary";

    /** Ten different text files of 5 MB, the most one upload takes (50 MB in all). */
    private static byte[] multipart(Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(52 << 20);
        for (int i = 0; i < 10; i++) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wire-" + i
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(words(random, 5 * 1024 * 1024 - 1024).getBytes(StandardCharsets.UTF_8));
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A W3C file of 63 MB (the limit is 64): notes of about 4,000 characters on the seed article's words. */
    private static byte[] w3c(String source, String seedText, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 << 20);
        out.write("{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\",\"first\":{\"type\":\"AnnotationPage\",\"items\":[".getBytes());
        int at = 0;
        for (int i = 0; out.size() < 63 << 20; i++) {
            int start = seedText.indexOf('w', at);
            int end = wordEnd(seedText, start);
            at = end + 1 >= seedText.length() - 10 ? 0 : end + 1;
            Map<String, Object> body = Map.of("type", "TextualBody", "kind", "NOTE",
                    "note", i + " " + words(random, 3_900).replace('\n', ' '));
            Map<String, Object> target = Map.of("source", source, "selector", List.of(
                    Map.of("type", "TextQuoteSelector", "exact", seedText.substring(start, end)),
                    Map.of("type", "TextPositionSelector", "start", start, "end", end)));
            String item = (i > 0 ? "," : "") + JSON.writeValueAsString(Map.of("type", "Annotation",
                    "id", "urn:load:" + i, "motivation", "commenting", "body", body, "target", target));
            out.write(item.getBytes(StandardCharsets.UTF_8));
        }
        out.write("]}}".getBytes());
        return out.toByteArray();
    }

    /** A bundle of about 60 MB (the node's limit is 64): ten articles of 5 million characters, each with its original. */
    private static byte[] bundle(Random random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "manifest.json", "{\"format\":\"crosscheck-bundle\",\"version\":1}");
            entry(zip, "project.json", "{\"name\":\"Loaded bundle\",\"description\":\"load test\"}");
            entry(zip, "members.json", "[]");
            entry(zip, "contradictions.json", "[]");
            for (int i = 1; i <= 10; i++) {
                String text = words(random, 5_000_000);
                entry(zip, String.format("articles/%05d.json", i), JSON.writeValueAsString(Map.of("id", i,
                        "title", "Bundled " + i, "outlet", "Wire", "sourceName", "bundled-" + i + ".txt", "format", "TEXT",
                        "importedAt", "2022-01-08T10:00:00Z", "importedBy", "lena", "original", text, "text", text,
                        "annotations", List.of())));
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Where the word at {@code start} ends: before a space, a full stop or a line break. */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Numbered words the annotator and the W3C file mark: "w0 w1 w2 …". */
    private static String seedText() {
        StringBuilder text = new StringBuilder("Seed article.\n");
        for (int i = 0; i < 3000; i++) {
            text.append('w').append(i).append(i % 20 == 19 ? ".\n" : " ");
        }
        return text.toString().strip() + " end";
    }

    /** About {@code length} characters of random lower-case words, in paragraphs (hardly compressible). */
    private static String words(Random random, int length) {
        StringBuilder out = new StringBuilder(length + 16);
        int sentence = 0;
        while (out.length() < length) {
            int n = 2 + random.nextInt(9);
            for (int i = 0; i < n; i++) {
                out.append((char) ('a' + random.nextInt(26)));
            }
            out.append(++sentence % 120 == 0 ? ".\n" : " ");
        }
        out.setLength(length);
        return out.toString().strip();
    }
}
