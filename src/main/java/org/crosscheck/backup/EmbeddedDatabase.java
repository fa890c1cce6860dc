package org.crosscheck.backup;

import java.nio.file.Path;

/** Where an embedded H2 database's file is, from its JDBC URL; null for any other database. */
final class EmbeddedDatabase {

    private static final String H2_FILE = "jdbc:h2:file:";

    private EmbeddedDatabase() {
    }

    /** {@code jdbc:h2:file:/data/crosscheck;WRITE_DELAY=0} → {@code /data/crosscheck} (no extension). */
    static Path of(String url) {
        if (url == null || !url.startsWith(H2_FILE)) {
            return null;
        }
        return Path.of(url.substring(H2_FILE.length()).split(";", 2)[0]).toAbsolutePath().normalize();
    }
}
