package org.crosscheck.backup;

import java.util.List;

/**
 * {@code manifest.json}, the backup's last entry: what it holds and how to check it. {@code auditKey}
 * says in words whether the audit key is in the backup (it is not when the app reads it from outside
 * the data directory: the operator keeps that one with their secrets).
 */
record BackupManifest(String format, int version, String createdAt, String appVersion, String database,
                      boolean madeWhileRunning, String auditKey, List<File> files) {

    static final String FORMAT = "crosscheck-backup";
    static final int VERSION = 1;

    /** One entry of the zip besides the manifest: its name, its size unpacked and the SHA-256 of its bytes (hex). */
    record File(String name, long size, String sha256) {
    }

    File file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
