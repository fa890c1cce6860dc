package org.crosscheck.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Locks down the embedded H2 database before anything opens it: its directory is readable by the
 * file's owner only (700), and the database user gets a generated password kept in
 * {@code db-password} beside the data (600), so no other local account can open the file or
 * guess its credentials. Databases created by earlier versions with an empty password get the
 * generated one on their first start. Nothing happens when a password is configured or when the
 * database is not an H2 file (PostgreSQL, an in-memory test database).
 */
public class EmbeddedDatabaseCredentials implements EnvironmentPostProcessor, Ordered {

    static final String PASSWORD_FILE = "db-password";
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        String password = environment.getProperty("spring.datasource.password", "");
        if (!url.startsWith(H2_FILE) || !password.isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        Path database = Path.of(url.substring(H2_FILE.length()).split(";", 2)[0]).toAbsolutePath();
        Path directory = database.getParent();
        String generated = ensurePassword(url, user, database, directory);
        environment.getPropertySources().addFirst(new MapPropertySource("crosscheck-embedded-database",
                Map.of("spring.datasource.password", generated)));
    }

    private static String ensurePassword(String url, String user, Path database, Path directory) {
        try {
            Files.createDirectories(directory);
            restrict(directory, OWNER_ONLY_DIR);
            Path passwordFile = directory.resolve(PASSWORD_FILE);
            if (Files.exists(passwordFile)) {
                restrict(passwordFile, OWNER_ONLY_FILE);
                return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            }
            String password = randomPassword();
            boolean existing = Files.exists(Path.of(database + ".mv.db"));
            if (existing) {
                // Created before passwords were generated: it still has the empty one.
                setPassword(url, user, password);
            }
            Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
            restrict(passwordFile, OWNER_ONLY_FILE);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the database directory " + directory, e);
        }
    }

    private static void setPassword(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement st = c.createStatement()) {
            st.execute("ALTER USER \"" + user.toUpperCase().replace("\"", "") + "\" SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set a password on the existing H2 database at " + url
                    + " (it was not created with an empty password?). Set SPRING_DATASOURCE_PASSWORD.", e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        // URL-safe Base64: no quote, so it needs no escaping in SQL.
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Before the datasource properties are read by anything, after the config files are loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
