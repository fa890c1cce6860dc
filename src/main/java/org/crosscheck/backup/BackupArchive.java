package org.crosscheck.backup;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The backup file: a zip of the database file, the key files and {@code manifest.json} (last). Read
 * back with every entry checked against the manifest, its size and SHA-256, and nothing else in it
 * allowed: a damaged, cut or altered backup is refused before anything is restored.
 */
final class BackupArchive {

    static final String MANIFEST = "manifest.json";
    static final String AUDIT_KEY = "audit-key";
    static final String DB_PASSWORD = "db-password";
    /** The only database name a backup may carry: an H2 file in the data directory, no path. */
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_-]+\\.mv\\.db");
    private static final long MAX_MANIFEST = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupArchive() {
    }

    /** What goes into a backup besides the database; a null path is left out. */
    record Keys(Path auditKey, String auditKeyNote, Path dbPassword) {
    }

    /**
     * Writes the backup to {@code out}: the database file taken out of H2's own backup zip (made by
     * {@code BACKUP TO}), the key files, then the manifest.
     */
    static BackupManifest write(Path h2Backup, Keys keys, boolean whileRunning, OutputStream out) throws IOException {
        List<BackupManifest.File> files = new ArrayList<>();
        String database;
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream h2 = new ZipInputStream(Files.newInputStream(h2Backup))) {
            ZipEntry entry = h2.getNextEntry();
            while (entry != null && !entry.getName().endsWith(".mv.db")) {
                entry = h2.getNextEntry();
            }
            if (entry == null) {
                throw new BackupException("H2's backup holds no database file (.mv.db)");
            }
            database = Path.of(entry.getName()).getFileName().toString();
            files.add(copy(h2, database, zip));
        }
        if (keys.auditKey() != null) {
            try (InputStream in = Files.newInputStream(keys.auditKey())) {
                files.add(copy(in, AUDIT_KEY, zip));
            }
        }
        if (keys.dbPassword() != null) {
            try (InputStream in = Files.newInputStream(keys.dbPassword())) {
                files.add(copy(in, DB_PASSWORD, zip));
            }
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, BackupManifest.VERSION,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), appVersion(), database, whileRunning,
                keys.auditKeyNote(), List.copyOf(files));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        out.flush();
        return manifest;
    }

    private static BackupManifest.File copy(InputStream in, String name, ZipOutputStream zip) throws IOException {
        MessageDigest sha = sha256();
        zip.putNextEntry(new ZipEntry(name));
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
            zip.write(buffer, 0, n);
            size += n;
        }
        zip.closeEntry();
        return new BackupManifest.File(name, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Checks the whole backup against its manifest without unpacking it; returns the manifest. */
    static BackupManifest verify(Path backup) {
        try (ZipFile zip = open(backup)) {
            BackupManifest manifest = manifest(zip, backup);
            for (BackupManifest.File file : manifest.files()) {
                try (InputStream in = zip.getInputStream(zip.getEntry(file.name()))) {
                    check(file, in, OutputStream.nullOutputStream());
                }
            }
            return manifest;
        } catch (IOException e) {
            throw damaged(backup, e);
        }
    }

    /**
     * Unpacks every file of the backup into new files in {@code directory} (owner-only), each checked
     * as it is written; returns them by their name in the backup. Nothing is left behind on a refusal.
     */
    static Map<String, Path> unpack(Path backup, Path directory) {
        Map<String, Path> unpacked = new LinkedHashMap<>();
        try (ZipFile zip = open(backup)) {
            BackupManifest manifest = manifest(zip, backup);
            for (BackupManifest.File file : manifest.files()) {
                Path target = ownerOnlyTempFile(directory, file.name());
                unpacked.put(file.name(), target);
                try (InputStream in = zip.getInputStream(zip.getEntry(file.name()));
                     OutputStream out = Files.newOutputStream(target)) {
                    check(file, in, out);
                }
            }
            return unpacked;
        } catch (IOException | RuntimeException e) {
            for (Path p : unpacked.values()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the refusal below is what matters
                }
            }
            throw e instanceof BackupException b ? b : damaged(backup, e);
        }
    }

    /** The manifest, checked: its format and version, and the zip holding exactly the files it lists. */
    static BackupManifest manifest(ZipFile zip, Path backup) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupException(backup + " is not a Crosscheck backup: it has no " + MANIFEST + ".");
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST + 1);
            if (bytes.length > MAX_MANIFEST) {
                throw new BackupException(backup + ": its " + MANIFEST + " is too large to be a Crosscheck backup's.");
            }
            manifest = JSON.readValue(bytes, BackupManifest.class);
        } catch (JacksonException e) {
            throw new BackupException(backup + ": its " + MANIFEST + " cannot be read (" + e.getOriginalMessage() + ").");
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())) {
            throw new BackupException(backup + " is not a Crosscheck backup (its manifest says format "
                    + manifest.format() + ").");
        }
        if (manifest.version() > BackupManifest.VERSION) {
            throw new BackupException(backup + " was made by a newer Crosscheck (backup format " + manifest.version()
                    + ", this one reads " + BackupManifest.VERSION + "): restore it with the version that made it ("
                    + manifest.appVersion() + ") or a later one.");
        }
        if (manifest.database() == null || !DATABASE.matcher(manifest.database()).matches()
                || manifest.files() == null || manifest.file(manifest.database()) == null) {
            throw new BackupException(backup + ": its manifest names no database file it holds.");
        }
        Set<String> listed = new HashSet<>();
        for (BackupManifest.File file : manifest.files()) {
            boolean known = file.name().equals(manifest.database()) || file.name().equals(AUDIT_KEY)
                    || file.name().equals(DB_PASSWORD);
            if (!known || !listed.add(file.name()) || file.size() < 0 || file.sha256() == null) {
                throw new BackupException(backup + ": its manifest lists a file a backup does not hold: " + file.name());
            }
        }
        Set<String> present = new HashSet<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (!name.equals(MANIFEST) && !present.add(name)) {
                throw new BackupException(backup + " holds " + name + " twice: it was changed after it was made.");
            }
        }
        if (!present.equals(listed)) {
            Set<String> missing = new HashSet<>(listed);
            missing.removeAll(present);
            Set<String> extra = new HashSet<>(present);
            extra.removeAll(listed);
            throw new BackupException(backup + " does not hold what its manifest lists"
                    + (missing.isEmpty() ? "" : "; missing: " + missing) + (extra.isEmpty() ? "" : "; not listed: " + extra)
                    + ". It was cut short or changed after it was made.");
        }
        return manifest;
    }

    /** Copies the entry, at most its listed size, and compares its size and checksum with the manifest. */
    private static void check(BackupManifest.File file, InputStream in, OutputStream out) throws IOException {
        DigestInputStream digest = new DigestInputStream(in, sha256());
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = digest.read(buffer)) > 0; ) {
            size += n;
            if (size > file.size()) {
                throw new BackupException("The backup is damaged or was changed: " + file.name()
                        + " is larger than its manifest says (" + file.size() + " bytes). Nothing was restored.");
            }
            out.write(buffer, 0, n);
        }
        String sha = HexFormat.of().formatHex(digest.getMessageDigest().digest());
        if (size != file.size() || !sha.equalsIgnoreCase(file.sha256())) {
            throw new BackupException("The backup is damaged or was changed: " + file.name()
                    + " does not match its checksum in " + MANIFEST + " (" + size + " bytes, SHA-256 " + sha
                    + "; the manifest says " + file.size() + " bytes, " + file.sha256() + "). Nothing was restored.");
        }
    }

    private static ZipFile open(Path backup) {
        try {
            return new ZipFile(backup.toFile());
        } catch (IOException e) {
            throw new BackupException(backup + " cannot be read as a zip (" + e.getMessage()
                    + "): it is not a Crosscheck backup, or it was cut short.", e);
        }
    }

    private static BackupException damaged(Path backup, Exception e) {
        return new BackupException(backup + " cannot be read whole (" + e.getMessage() + "): it was cut short or damaged.", e);
    }

    /** A new empty file in the directory readable and writable by its owner only. */
    static Path ownerOnlyTempFile(Path directory, String prefix) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, prefix + "-", ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(directory, prefix + "-", ".partial");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String appVersion() {
        String version = BackupArchive.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
