/**
 * Backups of the embedded H2 database: {@code java -jar crosscheck.jar backup --to FILE} and
 * {@code restore --from FILE}, run without starting the web app (docs/operations.md, "Backups").
 * A backup is one zip: the database file as H2's own online {@code BACKUP TO} copies it (consistent
 * while the app writes), the data directory's {@code audit-key} and {@code db-password}, and a
 * manifest with each file's size and SHA-256, checked before anything is restored. While the app
 * runs it holds the database file alone, so the command asks it for the backup instead, on the
 * management port, with a secret made from the database password (only someone who can read the
 * data directory has it). Uses no other feature.
 */
package org.crosscheck.backup;
