package org.crosscheck.security;

import org.crosscheck.CrosscheckApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The app as a user starts it, with the default embedded database: nothing but the HTTP port
 * listens, and only the owner of the data directory can open the database.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path home;
    private SecurityContextHolderStrategy strategyBefore;

    @BeforeEach
    void keepSecurityStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    private ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--crosscheck.data-dir=" + dataDir, "--spring.jmx.enabled=false",
                "--crosscheck.admin-password=embedded-admin-password", "--vaadin.productionMode=true"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CrosscheckApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void aDefaultStartListensOnlyOnItsHttpAndManagementPortsAndLocksTheDatabaseToItsOwner() throws Exception {
        Path data = home.resolve("data");
        Set<Integer> before = listeningPorts();
        int http;
        try (ConfigurableApplicationContext app = start(data)) {
            http = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            int management = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));
            Set<Integer> opened = listeningPorts();
            opened.removeAll(before);
            assertThat(opened).as("ports this start opened").containsExactlyInAnyOrder(http, management);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        Path passwordFile = data.resolve(EmbeddedDatabaseCredentials.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        String password = Files.readString(passwordFile).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);

        String url = "jdbc:h2:file:" + data.resolve("crosscheck");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
        try (Connection c = DriverManager.getConnection(url, "sa", password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from app_user where username = 'admin'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }

        // The audit trail's key (issue 25) beside them, for the owner only.
        Path auditKey = data.resolve("audit-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(auditKey))).isEqualTo("rw-------");

        // The next start reads the stored password and audit key.
        try (ConfigurableApplicationContext again = start(data)) {
            assertThat(again.isRunning()).isTrue();
        }

        // With the audit key lost, a new one cannot verify the trail: the node refuses to start and says
        // how to go on; signing the trail anew takes that setting, and the trail records it.
        Files.delete(auditKey);
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> start(data).close());
        assertThat(refused).hasStackTraceContaining("is not the key the audit trail is signed with");
        var setting = java.util.regex.Pattern.compile("crosscheck\\.audit\\.re-sign-unverified=([0-9a-f]{12})")
                .matcher(org.assertj.core.util.Throwables.getStackTrace(refused));
        assertThat(setting.find()).isTrue();
        try (ConfigurableApplicationContext resigned = start(data, "--" + setting.group())) {
            assertThat(resigned.isRunning()).isTrue();
        }
        try (Connection c = DriverManager.getConnection(url, "sa", password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select action, before_json from audit_entry where action = 'audit.re-signed'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("audit.re-signed");
            assertThat(rs.getString(2)).contains(setting.group(1)).contains("\"verified\":false");
        }
        try (ConfigurableApplicationContext again = start(data)) {
            assertThat(again.isRunning()).as("the new key, from now on").isTrue();
        }
    }

    /**
     * "Ready" means a user can sign in: the demo accounts exist at the moment readiness turns UP
     * (a start whose port is open but whose data is still loading answers 503), and the health
     * endpoints are on the management port only.
     */
    @Test
    void readinessTurnsUpOnlyOnceTheDemoDataIsThere() throws Exception {
        Path data = home.resolve("demo-data");
        AtomicReference<String> atReady = new AtomicReference<>();
        ApplicationListener<AvailabilityChangeEvent<?>> listener =
                event -> {
                    if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                        var context = (ApplicationContext) event.getSource();
                        try (Connection c = context.getBean(DataSource.class).getConnection();
                             Statement st = c.createStatement();
                             ResultSet rs = st.executeQuery("select count(*) from app_user where username in ('lena','ravi','olga','noah')")) {
                            rs.next();
                            atReady.set(rs.getInt(1) + " demo accounts");
                        } catch (SQLException e) {
                            atReady.set(e.toString());
                        }
                    }
                };
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CrosscheckApplication.class)
                .listeners(listener)
                .run("--server.port=0", "--management.server.port=0", "--crosscheck.data-dir=" + data,
                        "--spring.jmx.enabled=false", "--crosscheck.admin-password=embedded-admin-password",
                        "--vaadin.productionMode=true", "--crosscheck.demo=true", "--crosscheck.suggestions.on-import=false")) {
            assertThat(atReady.get()).as("what existed when readiness turned UP").isEqualTo("4 demo accounts");
            int http = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            int management = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));
            var client = HttpClient.newHttpClient();
            for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
                var answer = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + management + probe)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(probe).isEqualTo(200);
                assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            }
            var publicPort = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + http + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(publicPort.body()).as("the public port does not serve health").doesNotContain("UP");
        }
    }

    @Test
    void aDatabaseCreatedWithoutAPasswordGetsOneOnTheFirstStartAndKeepsItsData() throws Exception {
        Path data = home.resolve("old-data");
        Files.createDirectories(data);
        String url = "jdbc:h2:file:" + data.resolve("crosscheck");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("create schema legacy");
            st.execute("create table legacy.marker (note varchar(40))");
            st.execute("insert into legacy.marker values ('made before the upgrade')");
        }
        try (ConfigurableApplicationContext app = start(data)) {
            assertThat(app.isRunning()).isTrue();
        }
        String password = Files.readString(data.resolve(EmbeddedDatabaseCredentials.PASSWORD_FILE)).strip();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, "sa", password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select note from legacy.marker")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("made before the upgrade");
        }
    }

    /** TCP ports this JVM listens on: its sockets (from /proc/self/fd) that /proc/net/tcp* shows in LISTEN state. */
    private static Set<Integer> listeningPorts() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) {
                        inodes.add(link.substring(8, link.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing
                }
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
