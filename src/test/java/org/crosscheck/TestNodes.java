package org.crosscheck;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * An app node in the test's own JVM against a given database, on a free port. Settings go as
 * command-line arguments: they win over application.properties, as they would for a real node.
 * (A second node for API requests runs as a {@link JarNode}.)
 */
public final class TestNodes {

    private TestNodes() {
    }

    public static ConfigurableApplicationContext inThisJvm(String databaseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + System.getProperty("test.pg.user", "crosscheck"),
                "--spring.datasource.password=" + System.getProperty("test.pg.password", "crosscheck"),
                "--spring.jmx.enabled=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CrosscheckApplication.class).profiles("test").run(args.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
