package org.crosscheck.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A backup of an open H2 database. H2's {@code BACKUP TO} copies the database file while others keep
 * writing (it stops reusing space in the file for the time of the copy, so nothing the copy still
 * has to read is overwritten): the copy opens as the database stood at one moment, transactions that
 * had not committed then rolled back.
 */
final class H2Backup {

    private H2Backup() {
    }

    /**
     * Writes the backup of the database on {@code connection} to {@code out}. H2's own zip is made
     * first in {@code workDirectory} (the owner-only data directory, on the same disk) and removed after.
     */
    static BackupManifest write(Connection connection, Path workDirectory, BackupArchive.Keys keys, boolean whileRunning,
                                OutputStream out) throws IOException, SQLException {
        Path h2Zip = BackupArchive.ownerOnlyTempFile(workDirectory, "h2-backup");
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("BACKUP TO '" + h2Zip.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return BackupArchive.write(h2Zip, keys, whileRunning, out);
        } finally {
            Files.deleteIfExists(h2Zip);
        }
    }

    /**
     * What goes with the database: {@code audit-key} from the data directory unless the key is
     * configured elsewhere (then the operator keeps it apart, and the manifest says so), and
     * {@code db-password} when it is the password the database has.
     */
    static BackupArchive.Keys keys(Path dataDir, boolean auditKeyConfigured, Path databaseDir, String password)
            throws IOException {
        Path auditKey = dataDir.resolve(BackupArchive.AUDIT_KEY);
        Path included = null;
        String note;
        if (auditKeyConfigured) {
            note = "not included: the app reads it from crosscheck.audit.key or crosscheck.audit.key-file, outside the"
                    + " data directory; keep it with your secrets, a restored trail verifies only with it";
        } else if (Files.isRegularFile(auditKey)) {
            included = auditKey;
            note = "included (audit-key)";
        } else {
            note = "none: the data directory has no audit-key yet";
        }
        Path passwordFile = databaseDir.resolve(BackupArchive.DB_PASSWORD);
        boolean samePassword = Files.isRegularFile(passwordFile) && BackupArchive.text(passwordFile).equals(password);
        return new BackupArchive.Keys(included, note, samePassword ? passwordFile : null);
    }
}
