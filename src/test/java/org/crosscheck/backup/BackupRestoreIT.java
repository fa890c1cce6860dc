package org.crosscheck.backup;

import org.crosscheck.JarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore commands as an operator runs them (the packaged jar, separate processes)
 * on the app as a user runs it (its embedded database). A backup taken while several writers
 * annotate through the API is restored into a fresh data directory and an app started on it: its
 * audit trail verifies, and its project export holds every annotation confirmed before the backup
 * began, each exactly as the original has it, and nothing the original does not have. A backup of
 * the stopped app restores to exactly the original's export.
 */
class BackupRestoreIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] SETTINGS = {"--crosscheck.api.rate-limit.per-second=1000",
            "--crosscheck.api.rate-limit.burst=5000", "--crosscheck.suggestions.on-import=false"};
    private static final int WRITERS = 4;
    private static final int ARTICLES = 3;

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** An annotation the API confirmed (201), and when its request was sent and answered (nanoTime). */
    private record Saved(long id, long sent, long answered) {
    }

    private record Run(int exit, String output, long millis) {
    }

    @Test
    void aBackupTakenDuringWritesRestoresWhatWasConfirmedWithAnIntactTrail() throws Exception {
        Path original = home.resolve("original");
        Path during = home.resolve("backups/during.zip");
        Path stopped = home.resolve("backups/stopped.zip");
        List<Saved> saved = new CopyOnWriteArrayList<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        long project;
        String finalExport;
        Run backup;
        long backupStarted;
        long backupEnded;
        try (JarNode node = JarNode.embedded(original, List.of(), SETTINGS)) {
            Api api = new Api(node.port());
            project = api.post("/api/v1/projects", Map.of("name", "Backed up")).get("id").asLong();
            List<Long> articles = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                long article = api.post("/api/v1/projects/" + project + "/articles",
                        Map.of("title", "Wire " + i, "outlet", "Wire", "text", text(i))).get(0).get("id").asLong();
                articles.add(article);
                texts.add(api.get("/api/v1/articles/" + article).get("text").asString());
            }

            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(Thread.ofPlatform().start(() -> api.annotate(articles.get(writer % ARTICLES),
                        texts.get(writer % ARTICLES), writer, writing, saved, failures)));
            }
            try {
                awaitSaved(saved, 40);
                backupStarted = System.nanoTime();
                backup = cli("backup", "--to", during.toString(), "--data-dir", original.toString());
                backupEnded = System.nanoTime();
                awaitSaved(saved, saved.size() + 40);
            } finally {
                writing.set(false);
                for (Thread t : writers) {
                    t.join();
                }
            }
            System.out.printf("BackupRestoreIT: backup while writing: %d ms (java -jar included), %d bytes; %d annotations"
                            + " saved in all, %d of them answered while the backup ran%n%s%n", backup.millis(), Files.size(during),
                    saved.size(), saved.stream().filter(s -> s.answered() > backupStarted && s.sent() < backupEnded).count(),
                    backup.output());
            assertThat(backup.exit()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("the app was running").contains("audit key: included");
            assertThat(failures).as("writes that failed while the backup ran").isEmpty();
            assertThat(saved).as("writes answered while the backup command ran")
                    .anyMatch(s -> s.answered() > backupStarted && s.sent() < backupEnded);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(during))).isEqualTo("rw-------");

            String endpoint = Files.readString(original.resolve("backup-endpoint")).strip();
            assertThat(askForBackup(endpoint, "{\"secret\":\"" + "0".repeat(64) + "\"}"))
                    .as("the management port without the secret").isEqualTo(401);
            assertThat(askForBackup("http://localhost:" + node.port() + "/actuator/backup", "{\"secret\":\"x\"}"))
                    .as("the public port").isEqualTo(404);

            finalExport = api.export(project);
            assertThat(api.auditIntact()).as("the original's audit trail").isTrue();

            Run refused = cli("restore", "--from", during.toString(), "--data-dir", original.toString(), "--force");
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.output()).contains("an app is running on").contains("Nothing was restored");
        }

        Path restored = home.resolve("restored-during");
        Run restore = cli("restore", "--from", during.toString(), "--data-dir", restored.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("the database opens with its password");
        try (JarNode again = JarNode.embedded(restored, List.of(), SETTINGS)) {
            Api api = new Api(again.port());
            assertThat(api.auditIntact()).as("the restored audit trail").isTrue();
            Set<String> originalRows = rows(finalExport);
            Set<String> restoredRows = rows(api.export(project));
            System.out.printf("BackupRestoreIT: the backup taken while writing holds %d of the original's %d annotations%n",
                    restoredRows.size(), originalRows.size());
            assertThat(restoredRows).as("every restored annotation is the original's, unchanged").isSubsetOf(originalRows)
                    .hasSizeLessThan(originalRows.size());
            Set<Long> restoredIds = restoredRows.stream().map(BackupRestoreIT::annotationId).collect(Collectors.toSet());
            assertThat(restoredIds).as("every annotation confirmed before the backup began")
                    .containsAll(saved.stream().filter(s -> s.answered() < backupStarted).map(Saved::id).toList());
        }

        Run offline = cli("backup", "--to", stopped.toString(), "--data-dir", original.toString());
        System.out.printf("BackupRestoreIT: backup of the stopped app: %d ms, %d bytes%n", offline.millis(), Files.size(stopped));
        assertThat(offline.exit()).as(offline.output()).isZero();
        assertThat(offline.output()).contains("the app was not running");
        Path restoredStopped = home.resolve("restored-stopped");
        Run restoreStopped = cli("restore", "--from", stopped.toString(), "--data-dir", restoredStopped.toString());
        assertThat(restoreStopped.exit()).as(restoreStopped.output()).isZero();
        try (JarNode again = JarNode.embedded(restoredStopped, List.of(), SETTINGS)) {
            Api api = new Api(again.port());
            assertThat(api.export(project)).as("the restored export").isEqualTo(finalExport);
            assertThat(api.auditIntact()).as("the restored audit trail").isTrue();
        }
    }

    private static void awaitSaved(List<Saved> saved, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (saved.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50); // polling the writers' progress, not waiting for a page
        }
        assertThat(saved).as("annotations saved by the writers").hasSizeGreaterThanOrEqualTo(count);
    }

    private int askForBackup(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The export's rows without its header line: one annotation each (the notes have no line breaks). */
    private static Set<String> rows(String csv) {
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        return Set.copyOf(lines.subList(1, lines.size()));
    }

    private static long annotationId(String row) {
        return Long.parseLong(row.substring(0, row.indexOf(',')));
    }

    /** {@code java -jar target/crosscheck-*.jar ARGS}, as an operator types it. */
    private static Run cli(String... args) throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("crosscheck-.*\\.jar")).findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        for (String variable : List.of("CROSSCHECK_DATA_DIR", "MANAGEMENT_PORT", "SPRING_DATASOURCE_PASSWORD",
                "CROSSCHECK_AUDIT_KEY", "CROSSCHECK_AUDIT_KEY_FILE")) {
            builder.environment().remove(variable);
        }
        Path log = Files.createTempFile("crosscheck-cli", ".log");
        builder.redirectOutput(log.toFile());
        long began = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(ended).as("the command ended: " + output).isTrue();
        return new Run(process.exitValue(), output, millis);
    }

    /** Numbered words "w0 w1 …" in sentences, a different set per article. */
    private static String text(int article) {
        StringBuilder text = new StringBuilder("Article " + article + ".\n");
        for (int i = 0; i < 2000; i++) {
            text.append('w').append(i).append(i % 20 == 19 ? ".\n" : " ");
        }
        return text.toString().strip() + " end";
    }

    /** The admin's API on one node. */
    private final class Api {
        private final String base;
        private final String token;

        Api(int port) throws Exception {
            this.base = "http://localhost:" + port;
            HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"backup\",\"scope\":\"write\",\"expiresInDays\":1}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            this.token = JSON.readTree(made.body()).get("token").asString();
        }

        HttpResponse<String> send(String method, String path, Object body) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode post(String path, Object body) throws Exception {
            HttpResponse<String> response = send("POST", path, body);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
            return JSON.readTree(response.body());
        }

        JsonNode get(String path) throws Exception {
            HttpResponse<String> response = send("GET", path, null);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }

        String export(long project) throws Exception {
            HttpResponse<String> response = send("GET", "/api/v1/projects/" + project + "/export?format=csv&tables=annotations", null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }

        boolean auditIntact() throws Exception {
            JsonNode verified = get("/api/v1/audit/verify");
            System.out.println("BackupRestoreIT: audit verify " + verified);
            return verified.get("intact").asBoolean() && verified.get("checked").asLong() > 0;
        }

        /** One writer: a note on one word after another of its article, until told to stop. */
        void annotate(long article, String text, int writer, AtomicBoolean writing, List<Saved> saved, List<String> failures) {
            int at = 0;
            for (int n = 0; writing.get(); n++) {
                int start = text.indexOf('w', at);
                int end = start;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                at = end + 1 >= text.length() - 10 ? 0 : end + 1;
                long sent = System.nanoTime();
                try {
                    HttpResponse<String> answer = send("POST", "/api/v1/articles/" + article + "/annotations",
                            Map.of("kind", "NOTE", "start", start, "end", end, "note", "writer " + writer + " note " + n));
                    if (answer.statusCode() == 201) {
                        saved.add(new Saved(JSON.readTree(answer.body()).get("id").asLong(), sent, System.nanoTime()));
                    } else {
                        failures.add(answer.statusCode() + " " + answer.body());
                    }
                } catch (IOException e) {
                    failures.add(e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
