package org.crosscheck;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An app node: the packaged jar in a JVM of its own, as a real node runs (two application contexts
 * in one JVM would share Spring Security's context holder, which API requests cannot). Either a
 * second node against the test's database, or a node on its own embedded database with the JVM
 * flags a test needs (a small heap). Ready once its readiness endpoint says so.
 */
public final class JarNode implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private JarNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public int port() {
        return port;
    }

    /** Everything the node has written to its console so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** A node on the given database (the second node of a two-node test), data directory of its own. */
    public static JarNode start(String databaseUrl, String... more) throws Exception {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + System.getProperty("test.pg.user", "crosscheck"),
                "--spring.datasource.password=" + System.getProperty("test.pg.password", "crosscheck"),
                "--crosscheck.data-dir=target/node-" + port,
                // The audit key of application-test.properties: every node of one database signs with the same.
                "--crosscheck.audit.key=test-audit-key-0123456789abcdefghijklmnopqrstuv"));
        args.addAll(List.of(more));
        return start(port, List.of(), args);
    }

    /**
     * A node on its own embedded H2 database in {@code dataDir}, as a user runs the app, with JVM
     * flags (e.g. {@code -Xmx512m}); started again on the same directory it finds what it left.
     */
    public static JarNode embedded(Path dataDir, List<String> jvm, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--crosscheck.data-dir=" + dataDir.toAbsolutePath()));
        args.addAll(List.of(more));
        return start(freePort(), jvm, args);
    }

    private static JarNode start(int port, List<String> jvm, List<String> args) throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("crosscheck-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the jar first (mvn verify packages it)"));
        }
        int management = freePort();
        Path log = Files.createTempFile("node", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--management.server.port=" + management,
                "--crosscheck.admin-password=admin-test-password"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the node stopped:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + management + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new JarNode(process, port, log);
                }
            } catch (IOException stillStarting) {
                // the management port is not open yet
            }
            Thread.sleep(500); // polling a process that is starting, not waiting for a page
        }
        process.destroyForcibly();
        throw new IllegalStateException("the node did not start in 2 minutes:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** As a crash or {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
