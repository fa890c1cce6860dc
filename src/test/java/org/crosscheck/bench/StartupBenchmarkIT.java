package org.crosscheck.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.crosscheck.bench.Spread.max;
import static org.crosscheck.bench.Spread.median;
import static org.crosscheck.bench.Spread.min;

/**
 * Start-up (issue 14): from {@code java -jar} to the login page answering, for Crosscheck's jar and
 * for a bare Spring Boot + Vaadin jar of the same versions (src/test/bare-app, built here when
 * missing), alternately, same JVM and same flags. Crosscheck's first start (empty database:
 * migrations, the administrator) is reported apart from later starts. Each pair of jars is timed as
 * packaged and as extracted (the container image's layout), each with and without the JDK's AOT
 * cache. Needs the packaged jar:
 * {@code mvn -Pproduction,bench verify -Dtest=NONE -Dit.test=StartupBenchmarkIT}. Not a pass/fail test.
 */
@Tag("bench")
class StartupBenchmarkIT {

    static final int RUNS = 5;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    @Test
    void startsAgainstABareSpringBootVaadinJar() throws Exception {
        Path crosscheck = jar(Path.of("target"), "crosscheck-");
        Path bare = bareJar();
        Path data = Files.createTempDirectory("crosscheck-start-");
        Map<String, String> env = Map.of("CROSSCHECK_DATA_DIR", data.resolve("data").toString(),
                "CROSSCHECK_ADMIN_PASSWORD", "start-benchmark-password");

        double first = start(crosscheck, data, env, List.of());
        start(bare, data, Map.of(), List.of()); // warms the disk cache for the reference too
        double[][] plain = alternate(bare, crosscheck, data, env, List.of(), List.of());

        // The same with the JDK's ahead-of-time cache (JEP 483), each jar trained once on its own start.
        Path bareCache = train(bare, data, Map.of());
        Path ourCache = train(crosscheck, data, env);
        double[][] cached = alternate(bare, crosscheck, data, env, List.of("-XX:AOTCache=" + bareCache),
                List.of("-XX:AOTCache=" + ourCache));

        // How the container image runs it (Dockerfile): the jar extracted to plain jars, and an AOT cache of that layout.
        Path bareExtracted = extract(bare);
        Path ourExtracted = extract(crosscheck);
        double[][] extracted = alternate(bareExtracted, ourExtracted, data, env, List.of(), List.of());
        Path bareExtractedCache = train(bareExtracted, data, Map.of());
        Path ourExtractedCache = train(ourExtracted, data, env);
        double[][] extractedCached = alternate(bareExtracted, ourExtracted, data, env,
                List.of("-XX:AOTCache=" + bareExtractedCache), List.of("-XX:AOTCache=" + ourExtractedCache));

        String report = String.format(Locale.ROOT, """
                Start-up, java -jar to GET /login answering 200 (%s, %d cores, %d runs each, alternating)
                %s
                Crosscheck's first start on an empty database (migrations, administrator): %.0f ms
                """, Runtime.version(), Runtime.getRuntime().availableProcessors(), RUNS,
                rows("plain java -jar", plain) + rows("with -XX:AOTCache (each jar trained on its own start)", cached)
                        + rows("extracted (java -Djarmode=tools -jar x.jar extract)", extracted)
                        + rows("extracted, with -XX:AOTCache (as in the container image)", extractedCached), first);
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/startup.txt"), report);
    }

    /** RUNS starts of each jar, the reference first each time: [reference times, Crosscheck times]. */
    private static double[][] alternate(Path bare, Path crosscheck, Path data, Map<String, String> env,
                                        List<String> bareFlags, List<String> ourFlags) throws Exception {
        double[][] times = new double[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            times[0][i] = start(bare, data, Map.of(), bareFlags);
            times[1][i] = start(crosscheck, data, env, ourFlags);
        }
        return times;
    }

    private static String rows(String what, double[][] times) {
        return String.format(Locale.ROOT, """
                %s:
                  bare Spring Boot + Vaadin : median %5.0f ms  min %5.0f  max %5.0f
                  Crosscheck                : median %5.0f ms  min %5.0f  max %5.0f
                  ratio (medians)           : %.2f
                """, what, median(times[0]), min(times[0]), max(times[0]), median(times[1]), min(times[1]),
                max(times[1]), median(times[1]) / median(times[0]));
    }

    /** A training run that stops once the application has started and leaves the JVM's cache for the jar. */
    private static Path train(Path jar, Path workDir, Map<String, String> env) throws Exception {
        // Named after the jar's folder too: the packaged and the extracted jar have the same name.
        String name = jar.getParent().getFileName() + "-" + jar.getFileName();
        Path cache = Path.of("target/bench/" + name + ".aot").toAbsolutePath();
        Files.deleteIfExists(cache);
        ProcessBuilder builder = new ProcessBuilder(java(), "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "-jar", jar.toAbsolutePath().toString(), "--server.port=0", "--management.server.port=0")
                .directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(new File("target/bench/startup-training-" + name + ".log"));
        builder.environment().putAll(env);
        if (builder.start().waitFor() != 0 || !Files.exists(cache)) {
            throw new IllegalStateException("training " + jar + " made no cache; see target/bench/startup-training-*.log");
        }
        return cache;
    }

    /** The jar unpacked by Spring Boot's jar tools into target/bench/extracted-NAME: NAME.jar beside lib/. */
    private static Path extract(Path jar) throws Exception {
        String name = jar.getFileName().toString();
        Path destination = Path.of("target/bench/extracted-" + name.substring(0, name.length() - 4)).toAbsolutePath();
        Process process = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
                "--force", "--destination", destination.toString()).redirectErrorStream(true)
                .redirectOutput(new File("target/bench/startup-extract-" + name + ".log")).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("extracting " + jar + " failed; see target/bench/startup-extract-*.log");
        }
        return destination.resolve(name);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Milliseconds from starting the JVM until /login answers 200; the process is stopped afterwards. */
    private static double start(Path jar, Path workDir, Map<String, String> env, List<String> flags) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--management.server.port=0"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/bench/startup-" + jar.getFileName() + ".log"));
        builder.environment().putAll(env);
        Files.createDirectories(Path.of("target/bench"));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(jar + " stopped; see target/bench/startup-" + jar.getFileName() + ".log");
                }
                try {
                    if (HTTP.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e6;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - started > 120_000_000_000L) {
                    throw new IllegalStateException(jar + " did not answer within two minutes");
                }
                Thread.sleep(10);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static Path bareJar() throws Exception {
        Path app = Path.of("src/test/bare-app");
        if (Files.isDirectory(app.resolve("target")) && hasJar(app.resolve("target"))) {
            return jar(app.resolve("target"), "bare-vaadin-");
        }
        Process build = new ProcessBuilder("mvn", "-q", "-B", "-f", app.resolve("pom.xml").toString(), "package",
                "-DskipTests").inheritIO().start();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("building the reference app failed");
        }
        return jar(app.resolve("target"), "bare-vaadin-");
    }

    private static boolean hasJar(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".jar"));
        }
    }

    private static Path jar(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".jar") && !p.getFileName().toString().endsWith("-plain.jar")).toList());
            if (jars.isEmpty()) {
                throw new IllegalStateException("no " + prefix + "*.jar in " + dir + ": package first");
            }
            return jars.getFirst();
        }
    }

}
