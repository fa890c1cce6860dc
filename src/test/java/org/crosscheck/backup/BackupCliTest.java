package org.crosscheck.backup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup command on a stopped database and the restore command, in this JVM on a small H2
 * database: what the backup holds, what restore refuses (a damaged or altered file, a database
 * already there, one in use) and that a refusal leaves the directory as it was. The running app's
 * side is BackupRestoreIT's.
 */
class BackupCliTest {

    private static final String PASSWORD = "test-db-password-0123456789";
    private static final String KEY = "test-audit-key-0123456789abcdefghijklmnop";

    @TempDir
    Path home;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void database() throws Exception {
        data = home.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("db-password"), PASSWORD + "\n");
        Files.writeString(data.resolve("audit-key"), KEY + "\n");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("crosscheck"), "sa", PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE note(id INT PRIMARY KEY, text VARCHAR(100))");
            st.execute("INSERT INTO note SELECT X, 'note ' || X FROM SYSTEM_RANGE(1, 500)");
        }
    }

    private int cli(String... args) {
        out.reset();
        err.reset();
        return new BackupCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()).execute(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStoppedDatabaseIsBackedUpWithItsKeysAndRestoredIntoAFreshDirectory() throws Exception {
        Path backup = home.resolve("backups/crosscheck.zip");
        assertThat(cli("backup", "--to", backup.toString(), "--data-dir", data.toString())).as(output()).isZero();
        assertThat(output()).contains("the app was not running").contains("audit key: included");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .containsExactlyInAnyOrder("crosscheck.mv.db", "audit-key", "db-password", "manifest.json");
        }
        assertThat(cli("backup", "--to", backup.toString(), "--data-dir", data.toString())).isEqualTo(1);
        assertThat(output()).contains("already exists");

        Path restored = home.resolve("restored");
        assertThat(cli("restore", "--from", backup.toString(), "--data-dir", restored.toString())).as(output()).isZero();
        assertThat(output()).contains("the database opens with its password (1 tables)");
        assertThat(Files.readString(restored.resolve("audit-key")).strip()).isEqualTo(KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored))).isEqualTo("rwx------");
        for (String file : new String[]{"crosscheck.mv.db", "audit-key", "db-password"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.resolve(file)))).isEqualTo("rw-------");
        }
        assertThat(count(restored)).isEqualTo(500);

        assertThat(cli("restore", "--from", backup.toString(), "--data-dir", restored.toString())).isEqualTo(1);
        assertThat(output()).contains("already holds").contains("--force").contains("Nothing was restored");
        assertThat(cli("restore", "--from", backup.toString(), "--data-dir", restored.toString(), "--force")).as(output()).isZero();
        try (var files = Files.list(restored)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("crosscheck.mv.db.before-restore-"))
                    .noneMatch(n -> n.endsWith(".partial"));
        }
        assertThat(count(restored)).isEqualTo(500);
    }

    @Test
    void aDamagedOrAlteredBackupIsRefusedAndNothingIsRestored() throws Exception {
        Path backup = home.resolve("crosscheck.zip");
        assertThat(cli("backup", "--to=" + backup, "--data-dir=" + data)).as(output()).isZero();

        Path tampered = rewrite(backup, home.resolve("tampered.zip"), "crosscheck.mv.db", bytes -> {
            bytes[bytes.length / 2] ^= 1;
            return bytes;
        });
        Path target = home.resolve("target");
        assertThat(cli("restore", "--from", tampered.toString(), "--data-dir", target.toString())).isEqualTo(1);
        assertThat(output()).contains("damaged or was changed: crosscheck.mv.db does not match its checksum in manifest.json")
                .contains("Nothing was restored");
        try (var files = Files.list(target)) {
            assertThat(files).as("nothing left behind").isEmpty();
        }

        Path anotherKey = rewrite(backup, home.resolve("key.zip"), "audit-key", bytes -> "another-key-0123456789abcdefghijklmnop".getBytes());
        assertThat(cli("restore", "--from", anotherKey.toString(), "--data-dir", target.toString())).isEqualTo(1);
        assertThat(output()).contains("audit-key does not match its checksum");

        Path noManifest = rewrite(backup, home.resolve("bare.zip"), "manifest.json", null);
        assertThat(cli("restore", "--from", noManifest.toString(), "--data-dir", target.toString())).isEqualTo(1);
        assertThat(output()).contains("is not a Crosscheck backup: it has no manifest.json");

        Path notAZip = Files.writeString(home.resolve("notes.zip"), "not a zip");
        assertThat(cli("restore", "--from", notAZip.toString(), "--data-dir", target.toString())).isEqualTo(1);
        assertThat(output()).contains("cannot be read as a zip");

        Path extra = home.resolve("extra.zip");
        try (ZipFile zip = new ZipFile(backup.toFile()); ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(extra))) {
            copyAll(zip, copy, null, null);
            copy.putNextEntry(new ZipEntry("../../evil.sh"));
            copy.write("rm -rf /".getBytes());
            copy.closeEntry();
        }
        assertThat(cli("restore", "--from", extra.toString(), "--data-dir", target.toString())).isEqualTo(1);
        assertThat(output()).contains("does not hold what its manifest lists").contains("not listed: [../../evil.sh]");
        try (var files = Files.list(target)) {
            assertThat(files).isEmpty();
        }
        assertThat(home.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void restoreRefusesADatabaseInUse() throws Exception {
        Path backup = home.resolve("crosscheck.zip");
        assertThat(cli("backup", "--to", backup.toString(), "--data-dir", data.toString())).as(output()).isZero();
        try (Connection open = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("crosscheck"), "sa", PASSWORD)) {
            assertThat(cli("restore", "--from", backup.toString(), "--data-dir", data.toString(), "--force")).isEqualTo(1);
            assertThat(output()).contains("an app is running on " + data).contains("stop it first");
            assertThat(open.isValid(1)).isTrue();
        }
        assertThat(count(data)).isEqualTo(500);
    }

    @Test
    void withoutADatabaseTheCommandSaysWhereItLookedAndPointsToPgDump() {
        assertThat(cli("backup", "--to", home.resolve("x.zip").toString(), "--data-dir", home.resolve("empty").toString()))
                .isEqualTo(1);
        assertThat(output()).contains("there is no embedded database at").contains("pg_dump");
        assertThat(cli("backup", "--data-dir", data.toString())).isEqualTo(1);
        assertThat(output()).contains("--to FILE").contains("Usage:");
        assertThat(cli("restore", "--from")).isEqualTo(1);
        assertThat(output()).contains("--from needs a value");
        assertThat(cli("backup", "--help")).isZero();
    }

    private static long count(Path dataDir) throws Exception {
        String password = Files.readString(dataDir.resolve("db-password")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("crosscheck") + ";IFEXISTS=TRUE", "sa", password);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A copy of the backup with one entry changed ({@code change} null: left out), the manifest as it was. */
    private static Path rewrite(Path backup, Path to, String name, java.util.function.UnaryOperator<byte[]> change) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile()); ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(to))) {
            copyAll(zip, copy, name, change);
        }
        return to;
    }

    private static void copyAll(ZipFile zip, ZipOutputStream copy, String name, java.util.function.UnaryOperator<byte[]> change)
            throws IOException {
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readAllBytes();
            }
            if (entry.getName().equals(name)) {
                if (change == null) {
                    continue;
                }
                bytes = change.apply(bytes);
            }
            copy.putNextEntry(new ZipEntry(entry.getName()));
            copy.write(bytes);
            copy.closeEntry();
        }
    }
}
