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
 * A second app node: the packaged jar in a JVM of its own against the test's database, as a real
 * second node runs (two application contexts in one JVM would share Spring Security's context
 * holder, which API requests cannot). Ready once its login page answers.
 */
public final class JarNode implements AutoCloseable {

    private final Process process;
    private final int port;

    private JarNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public static JarNode start(String databaseUrl, String... more) throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("crosscheck-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the jar first (mvn verify packages it)"));
        }
        int port;
        int management;
        try (ServerSocket free = new ServerSocket(0); ServerSocket freeToo = new ServerSocket(0)) {
            port = free.getLocalPort();
            management = freeToo.getLocalPort();
        }
        Path log = Files.createTempFile("node", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port, "--management.server.port=" + management, "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + System.getProperty("test.pg.user", "crosscheck"),
                "--spring.datasource.password=" + System.getProperty("test.pg.password", "crosscheck"),
                "--crosscheck.admin-password=admin-test-password", "--crosscheck.data-dir=target/node-" + port,
                // The audit key of application-test.properties: every node of one database signs with the same.
                "--crosscheck.audit.key=test-audit-key-0123456789abcdefghijklmnopqrstuv"));
        command.addAll(List.of(more));
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
                    return new JarNode(process, port);
                }
            } catch (IOException stillStarting) {
                // the management port is not open yet
            }
            Thread.sleep(500); // polling a process that is starting, not waiting for a page
        }
        process.destroyForcibly();
        throw new IllegalStateException("the node did not start in 2 minutes:\n" + Files.readString(log));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
