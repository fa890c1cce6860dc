package org.crosscheck.bench;

import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.article.ArticleDraft;
import org.crosscheck.article.ArticleFormat;
import org.crosscheck.article.ArticleService;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/**
 * Saving an annotation through the API (issue 10): on an article that already has 10,000
 * annotations, in a project of 100 articles; p50/p95/p99 with 1 and with 20 concurrent writers, each
 * with its own token; against a raw JDBC insert of the same row into the same database. Then
 * {@code GET /articles/{id}/annotations} for 5,000 annotations (pages of 500): time and bytes.
 * {@code mvn -Pproduction,bench verify -Dit.test='ApiWriteBenchmark*'}; H2 here, PostgreSQL in
 * {@link ApiWriteBenchmarkOnPostgresIT}. Figures go to the console and target/bench/. Not a pass/fail test.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "crosscheck.api.rate-limit.per-second=1000000", "crosscheck.api.rate-limit.burst=1000000",
        "logging.level.org.crosscheck=warn"})
class ApiWriteBenchmarkIT extends BrowserTest {

    private static final int ARTICLES = 100;
    private static final int EXISTING = 10_000;
    private static final int PER_WRITER = 150;
    /** Saves before measuring, in all: enough for the JIT to have compiled the save path. */
    private static final int WARMUP = 3_000;

    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(24)).build();

    @Test
    void annotationSavesThroughTheApiAgainstARawInsert() throws Exception {
        String lead = data.user("lead");
        long projectId = data.project(lead);
        String text = paragraphs(2_000);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String body = i == 0 ? text : paragraphs(20) + " Article " + i + ".";
            ArticleDraft draft = new ArticleDraft("Article " + i, "Outlet " + (i % 7), null, null, "bench", ArticleFormat.TEXT, body);
            ids.add(as(lead, () -> articles.importArticles(projectId,
                    List.of(new ArticleService.ImportRequest(draft, body)))).getFirst().id());
        }
        long target = ids.getFirst();
        String stored = as(lead, () -> articles.get(target)).text();
        List<int[]> words = wordsOf(stored);
        for (int batch = 0; batch < EXISTING / 500; batch++) {
            List<NewAnnotation> many = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                int[] w = words.get(ThreadLocalRandom.current().nextInt(words.size()));
                many.add(new NewAnnotation(AnnotationKind.NOTE, w[0], w[1], AnnotationFields.note("existing")));
            }
            run(lead, () -> annotations.createAll(target, many));
        }

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String writer = data.user("writer");
            data.member(projectId, lead, writer, ProjectRole.REVIEWER);
            tokens.add(token(writer));
        }
        long authorId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, lead);

        StringBuilder report = new StringBuilder();
        String database = jdbc.queryForObject("select 1", Integer.class) != null
                ? jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()) : "?";
        report.append("Annotation save on ").append(database).append(": article with ").append(EXISTING)
                .append(" annotations, project of ").append(ARTICLES).append(" articles, ").append(PER_WRITER)
                .append(" saves per writer after ").append(WARMUP).append(" warm-up saves (all writers together)\n\n")
                .append("| writers | path | p50 ms | p95 ms | p99 ms | saves/s |\n|---|---|---|---|---|---|\n");
        // The floor of any API request here: an authenticated GET of one's own (small) token list.
        for (int writers : new int[] {1, 20}) {
            IntFunction<Runnable> floor = w -> () -> get(tokens.get(w), "/api/v1/tokens");
            measure(writers, floor, WARMUP / writers);
            report.append(row(writers, "GET /api/v1/tokens (the floor of a request)", measure(writers, floor, PER_WRITER)));
        }
        long before = count(target);
        int saved = 0;
        for (int writers : new int[] {1, 20}) {
            IntFunction<Runnable> api = w -> () -> {
                int[] word = words.get(ThreadLocalRandom.current().nextInt(words.size()));
                post(tokens.get(w), target, word);
            };
            IntFunction<Runnable> raw = w -> () -> {
                int[] word = words.get(ThreadLocalRandom.current().nextInt(words.size()));
                insert(projectId, target, authorId, stored, word);
            };
            measure(writers, raw, WARMUP / writers);
            report.append(row(writers, "raw JDBC insert", measure(writers, raw, PER_WRITER)));
            measure(writers, api, WARMUP / writers);
            report.append(row(writers, "POST /api/v1/articles/{id}/annotations", measure(writers, api, PER_WRITER)));
            saved += 2 * (WARMUP / writers * writers + writers * PER_WRITER);
        }
        long after = count(target);
        report.append("\nAnnotations on the article before ").append(before).append(", after ").append(after)
                .append(", expected ").append(before + saved).append(after == before + saved ? " (none lost or duplicated)" : " (MISMATCH)")
                .append("\n");

        // Reading 5,000 of them through the API, in pages of 500.
        long reader = ids.get(1);
        String readerText = as(lead, () -> articles.get(reader)).text();
        List<int[]> readerWords = wordsOf(readerText);
        List<NewAnnotation> five = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int[] w = readerWords.get(i % readerWords.size());
            five.add(new NewAnnotation(AnnotationKind.QUOTE, w[0], w[1], AnnotationFields.quote("Speaker " + i)));
        }
        run(lead, () -> annotations.createAll(reader, five));
        String leadToken = token(lead);
        for (int round = 0; round < 3; round++) {
            long started = System.nanoTime();
            long bytes = 0;
            for (int page = 0; page < 10; page++) {
                bytes += get(leadToken, "/api/v1/articles/" + reader + "/annotations?size=500&page=" + page).length;
            }
            if (round == 2) {
                report.append("GET 5,000 annotations (10 pages of 500): ")
                        .append((System.nanoTime() - started) / 1_000_000).append(" ms, ")
                        .append(bytes / 1024).append(" KiB of JSON\n");
            }
        }
        System.out.println("\n" + report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/api-write-" + database.toLowerCase(Locale.ROOT) + ".md"), report);
    }

    private static String row(int writers, String path, List<Long> nanos) {
        Collections.sort(nanos);
        double seconds = nanos.stream().mapToLong(Long::longValue).sum() / 1e9 / writers;
        return String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f | %.0f |%n", writers, path, pct(nanos, 50),
                pct(nanos, 95), pct(nanos, 99), nanos.size() / seconds);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** Each writer in its own thread does {@code each} operations; every one's duration. */
    private static List<Long> measure(int writers, IntFunction<Runnable> operation, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Runnable op = operation.apply(w);
                futures.add(pool.submit(() -> {
                    List<Long> times = new ArrayList<>(each);
                    for (int i = 0; i < each; i++) {
                        long t0 = System.nanoTime();
                        op.run();
                        times.add(System.nanoTime() - t0);
                    }
                    return times;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * One save, through {@link HttpURLConnection} (keep-alive, synchronous): java.net.http's
     * HttpClient adds about 2 ms per request of its own on this machine, which is the client's
     * cost, not the server's.
     */
    private void post(String token, long articleId, int[] word) {
        String body = "{\"kind\":\"NOTE\",\"start\":" + word[0] + ",\"end\":" + word[1] + ",\"note\":\"bench\"}";
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/v1/articles/"
                    + articleId + "/annotations").toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Authorization", "Bearer " + token);
            connection.setRequestProperty("Content-Type", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(bytes.length);
            try (var out = connection.getOutputStream()) {
                out.write(bytes);
            }
            int status = connection.getResponseCode();
            try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status != 201) {
                    throw new AssertionError("save refused: " + status + " " + answer);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same row the service stores, straight into the table: the floor a save cannot go below. */
    private void insert(long projectId, long articleId, long authorId, String text, int[] word) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into annotation (version, project_id, article_id, kind, start_offset, end_offset, exact_text, prefix_text,
                  suffix_text, note, origin, author_id, created_at, updated_at, updated_by)
                values (0, ?, ?, 'NOTE', ?, ?, ?, ?, ?, 'bench', 'MANUAL', ?, ?, ?, ?)""",
                projectId, articleId, word[0], word[1], text.substring(word[0], word[1]),
                text.substring(Math.max(0, word[0] - 32), word[0]), text.substring(word[1], Math.min(text.length(), word[1] + 32)),
                authorId, now, now, authorId);
    }

    private byte[] get(String token, String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET());
        return response.body().getBytes(StandardCharsets.UTF_8);
    }

    private String token(String username) {
        HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestData.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"scope\":\"write\"}")));
        return made.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long count(long articleId) {
        return jdbc.queryForObject("select count(*) from annotation where article_id = ?", Long.class, articleId);
    }

    private static String paragraphs(int n) {
        StringBuilder sb = new StringBuilder();
        String[] words = {"protesters", "police", "officers", "Almaty", "ministry", "reported", "more", "than", "people",
                "injured", "government", "restraint", "statement", "spokesperson", "said", "city"};
        for (int p = 0; p < n; p++) {
            for (int w = 0; w < 40; w++) {
                sb.append(words[(p * 7 + w * 3) % words.length]).append(w == 39 ? "." : " ");
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** Start and end of every word of the text. */
    private static List<int[]> wordsOf(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                words.add(new int[] {s, i});
            }
        }
        return words;
    }
}
