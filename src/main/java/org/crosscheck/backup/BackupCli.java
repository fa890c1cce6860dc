package org.crosscheck.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * {@code java -jar crosscheck.jar backup|restore …}: run by {@code CrosscheckApplication.main}
 * instead of the web app. Backs up the embedded H2 database of a data directory, by opening it when
 * no app runs on it, else by asking the running app ({@link BackupEndpoint}); restores a backup into
 * a data directory no app runs on. Prints what it did, or why not, and answers 0 or 1.
 */
public final class BackupCli {

    static final String DATABASE_NAME = "crosscheck";
    /** H2: the database file is held by another process (the running app). */
    private static final int DATABASE_IN_USE = 90020;
    private static final int WRONG_PASSWORD = 28000;
    private static final String DOCS = "docs/operations.md, \"Backups\"";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    BackupCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Whether these arguments ask for this tool rather than the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; the process's exit code. */
    public static int run(String[] args) {
        return new BackupCli(System.out, System.err, System.getenv()).execute(args);
    }

    int execute(String[] args) {
        try {
            Options options = Options.parse(args, env);
            if (options.help()) {
                out.println(usage());
                return 0;
            }
            if (args[0].equals("backup")) {
                backup(options);
            } else {
                restore(options);
            }
            return 0;
        } catch (BackupException e) {
            err.println("crosscheck " + args[0] + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("crosscheck " + args[0] + " failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    static String usage() {
        return """
                Usage:
                  java -jar crosscheck.jar backup --to FILE [--data-dir DIR] [--management-port PORT] [--force]
                  java -jar crosscheck.jar restore --from FILE [--data-dir DIR] [--force]

                backup   writes the embedded H2 database of DIR, its audit-key and db-password into FILE (a zip, mode 600),
                         while the app runs (it is asked on its management port) or not.
                restore  checks FILE whole, then unpacks it into DIR; the app must be stopped. --force replaces a database
                         already there (its files are kept beside as *.before-restore-<time>).

                DIR: CROSSCHECK_DATA_DIR, else ./data. PORT: found in DIR/backup-endpoint (written by the running app),
                else MANAGEMENT_PORT, else 8081. The password: SPRING_DATASOURCE_PASSWORD, else DIR/db-password.
                PostgreSQL is backed up with pg_dump: see docs/operations.md, "Backups".""";
    }

    private void backup(Options o) throws IOException, InterruptedException {
        if (o.to() == null) {
            throw new BackupException("say where to write the backup: --to FILE\n\n" + usage());
        }
        Path dataDir = o.dataDir();
        Path database = dataDir.resolve(DATABASE_NAME + ".mv.db");
        if (!Files.isRegularFile(database)) {
            throw new BackupException("there is no embedded database at " + database + " (the data directory is --data-dir,"
                    + " else CROSSCHECK_DATA_DIR, else ./data). A PostgreSQL database is backed up with pg_dump: " + DOCS + ".");
        }
        Path target = o.to().toAbsolutePath().normalize();
        if (Files.exists(target) && !o.force()) {
            throw new BackupException(target + " already exists: give another name, or add --force to replace it.");
        }
        Files.createDirectories(target.getParent());
        String password = password(dataDir);
        long began = System.nanoTime();
        Path partial = BackupArchive.ownerOnlyTempFile(target.getParent(), "." + target.getFileName());
        try {
            String how;
            Connection connection = openIfFree(dataDir, password);
            if (connection != null) {
                try (connection; var file = Files.newOutputStream(partial)) {
                    H2Backup.write(connection, dataDir, H2Backup.keys(dataDir, auditKeyConfigured(), dataDir, password), false, file);
                } catch (SQLException e) {
                    throw new BackupException("H2 could not back up " + database + ": " + e.getMessage(), e);
                }
                how = "the app was not running; the database was opened directly";
            } else {
                URI endpoint = endpoint(o, dataDir);
                fromRunningApp(endpoint, password, partial);
                how = "the app was running; it made the backup (" + endpoint + ")";
            }
            // Read back whole before it takes the name: what was received or written is what the manifest says.
            BackupManifest manifest = BackupArchive.verify(partial);
            if (o.force()) {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            long millis = (System.nanoTime() - began) / 1_000_000;
            out.printf("Backed up %s to %s: %s in %.1f s (%s).%n", dataDir, target, size(Files.size(target)), millis / 1000.0, how);
            for (BackupManifest.File f : manifest.files()) {
                out.printf("  %-18s %12s  sha-256 %s%n", f.name(), size(f.size()), f.sha256());
            }
            out.println("  audit key: " + manifest.auditKey());
            out.println("The file holds the database password and the audit key: keep it where only you can read it (it is"
                    + " mode 600). Restore with: java -jar crosscheck.jar restore --from " + target + " --data-dir DIR");
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The database opened directly, or null when another process (the running app) holds it. */
    private Connection openIfFree(Path dataDir, String password) {
        try {
            return DriverManager.getConnection(url(dataDir), user(), password);
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_IN_USE) {
                return null;
            }
            throw openFailed(dataDir, e);
        }
    }

    private BackupException openFailed(Path dataDir, SQLException e) {
        if (e.getErrorCode() == WRONG_PASSWORD) {
            return new BackupException("the database in " + dataDir + " refused the password (from "
                    + (env.getOrDefault("SPRING_DATASOURCE_PASSWORD", "").isEmpty() ? dataDir.resolve(BackupArchive.DB_PASSWORD)
                    : "SPRING_DATASOURCE_PASSWORD") + ").", e);
        }
        return new BackupException("cannot open the database in " + dataDir + ": " + e.getMessage(), e);
    }

    private void fromRunningApp(URI endpoint, String password, Path partial) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json").header("Accept", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"secret\":\"" + BackupSecret.of(password) + "\"}"))
                .build();
        HttpResponse<Path> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofFile(partial,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        } catch (ConnectException e) {
            throw new BackupException("an app holds the database (it is running), but nothing answers at " + endpoint
                    + ". Give its management port: --management-port PORT (or MANAGEMENT_PORT).", e);
        }
        switch (response.statusCode()) {
            case 200 -> {
                return;
            }
            case 401 -> throw new BackupException("the app at " + endpoint + " refused the backup secret, which is made from"
                    + " the database password: is it the app running on this data directory? (--data-dir, --management-port)");
            case 404 -> throw new BackupException("the app at " + endpoint + " has no backup endpoint: it is not a Crosscheck"
                    + " on an embedded H2 database of this version, or that is not its management port (--management-port).");
            default -> throw new BackupException("the app at " + endpoint + " answered " + response.statusCode()
                    + " instead of the backup; its log says why.");
        }
    }

    /** --management-port; else what the running app wrote into the data directory; else MANAGEMENT_PORT; else 8081. */
    private URI endpoint(Options o, Path dataDir) throws IOException {
        if (o.managementPort() != null) {
            return URI.create("http://127.0.0.1:" + o.managementPort() + "/actuator/backup");
        }
        Path written = dataDir.resolve(BackupEndpointAddress.FILE);
        if (Files.isRegularFile(written)) {
            return URI.create(BackupArchive.text(written));
        }
        return URI.create("http://127.0.0.1:" + env.getOrDefault("MANAGEMENT_PORT", "8081") + "/actuator/backup");
    }

    private void restore(Options o) throws IOException {
        if (o.from() == null) {
            throw new BackupException("say which backup to restore: --from FILE\n\n" + usage());
        }
        Path from = o.from().toAbsolutePath().normalize();
        if (!Files.isRegularFile(from)) {
            throw new BackupException(from + " does not exist.");
        }
        BackupManifest manifest;
        try (ZipFile zip = new ZipFile(from.toFile())) {
            manifest = BackupArchive.manifest(zip, from);
        } catch (java.util.zip.ZipException e) {
            throw new BackupException(from + " cannot be read as a zip (" + e.getMessage()
                    + "): it is not a Crosscheck backup, or it was cut short.", e);
        }
        Path dataDir = o.dataDir();
        Files.createDirectories(dataDir);
        restrict(dataDir, "rwx------");
        Path database = dataDir.resolve(manifest.database());
        if (Files.exists(database) && inUse(database)) {
            throw new BackupException("an app is running on " + dataDir + " (it holds " + database + "): stop it first."
                    + " Nothing was restored.");
        }
        List<Path> there = new ArrayList<>();
        for (BackupManifest.File f : manifest.files()) {
            if (Files.exists(dataDir.resolve(f.name()))) {
                there.add(dataDir.resolve(f.name()));
            }
        }
        if (!there.isEmpty() && !o.force()) {
            throw new BackupException(dataDir + " already holds " + there.stream().map(p -> p.getFileName().toString()).toList()
                    + ". Restore into an empty data directory, or add --force to replace them (they are kept beside, as"
                    + " <name>.before-restore-<time>). Nothing was restored.");
        }
        long began = System.nanoTime();
        Map<String, Path> unpacked = BackupArchive.unpack(from, dataDir);
        List<String> keptBeside = new ArrayList<>();
        try {
            String stamp = STAMP.format(Instant.now());
            for (Path old : there) {
                Path beside = old.resolveSibling(old.getFileName() + ".before-restore-" + stamp);
                Files.move(old, beside, StandardCopyOption.ATOMIC_MOVE);
                keptBeside.add(beside.getFileName().toString());
            }
            for (Map.Entry<String, Path> e : unpacked.entrySet()) {
                Files.move(e.getValue(), dataDir.resolve(e.getKey()), StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path p : unpacked.values()) {
                Files.deleteIfExists(p);
            }
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        out.printf("Restored %s (made %s by Crosscheck %s%s) into %s in %.1f s: %s.%n", from, manifest.createdAt(),
                manifest.appVersion(), manifest.madeWhileRunning() ? ", while it ran" : "", dataDir, millis / 1000.0,
                manifest.files().stream().map(BackupManifest.File::name).toList());
        if (!keptBeside.isEmpty()) {
            out.println("  kept beside: " + keptBeside);
        }
        out.println("  audit key: " + manifest.auditKey());
        out.println("  " + opens(dataDir, manifest));
        out.println("Start the app on " + dataDir + " and check the audit trail (Audit, Verify; or GET /api/v1/audit/verify).");
    }

    /** Opens the restored database with the password it should have: says whether it does. */
    private String opens(Path dataDir, BackupManifest manifest) {
        if (!manifest.database().equals(DATABASE_NAME + ".mv.db")) {
            return "the database is " + manifest.database() + ": point spring.datasource.url at it";
        }
        String password;
        try {
            password = password(dataDir);
        } catch (IOException e) {
            return "could not read " + dataDir.resolve(BackupArchive.DB_PASSWORD) + ": " + e.getMessage();
        }
        try (Connection c = DriverManager.getConnection(url(dataDir), user(), password);
             Statement st = c.createStatement();
             ResultSet tables = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            return "the database opens with its password (" + tables.getLong(1) + " tables)";
        } catch (SQLException e) {
            throw new BackupException("the restored database does not open: " + openFailed(dataDir, e).getMessage()
                    + " The backup's files are in place in " + dataDir + ".", e);
        }
    }

    /** Whether another process holds the database file (H2 locks it while open). */
    static boolean inUse(Path database) throws IOException {
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private String password(Path dataDir) throws IOException {
        String configured = env.getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        if (!configured.isEmpty()) {
            return configured;
        }
        Path file = dataDir.resolve(BackupArchive.DB_PASSWORD);
        return Files.isRegularFile(file) ? BackupArchive.text(file) : "";
    }

    private String user() {
        return env.getOrDefault("SPRING_DATASOURCE_USERNAME", "sa");
    }

    private boolean auditKeyConfigured() {
        return !env.getOrDefault("CROSSCHECK_AUDIT_KEY", "").isBlank() || !env.getOrDefault("CROSSCHECK_AUDIT_KEY_FILE", "").isBlank();
    }

    private static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve(DATABASE_NAME) + ";IFEXISTS=TRUE";
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static String size(long bytes) {
        return bytes < 1_000 ? bytes + " B" : bytes < 1_000_000 ? String.format("%.1f KB", bytes / 1e3)
                : String.format("%.1f MB", bytes / 1e6);
    }

    /** The command line: {@code --name value} or {@code --name=value}. */
    record Options(Path to, Path from, Path dataDir, Integer managementPort, boolean force, boolean help) {

        static Options parse(String[] args, Map<String, String> env) {
            Path to = null;
            Path from = null;
            String dataDir = env.getOrDefault("CROSSCHECK_DATA_DIR", "./data");
            Integer port = null;
            boolean force = false;
            boolean help = false;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (name) {
                    case "--force" -> force = true;
                    case "--help", "-h" -> help = true;
                    case "--to", "--from", "--data-dir", "--management-port" -> {
                        String value;
                        if (arg.contains("=")) {
                            value = arg.substring(arg.indexOf('=') + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new BackupException(name + " needs a value.\n\n" + usage());
                        }
                        switch (name) {
                            case "--to" -> to = Path.of(value);
                            case "--from" -> from = Path.of(value);
                            case "--data-dir" -> dataDir = value;
                            default -> port = port(value);
                        }
                    }
                    default -> throw new BackupException("unknown option " + arg + "\n\n" + usage());
                }
            }
            return new Options(to, from, Path.of(dataDir).toAbsolutePath().normalize(), port, force, help);
        }

        private static int port(String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new BackupException("--management-port takes a port number, not " + value);
            }
        }
    }
}
