package org.crosscheck.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code POST /actuator/backup} on the management port (exposed nowhere else): the backup of the
 * running app's embedded database, as the backup command asks for it while the app holds the
 * database file. The body is {@code {"secret": "…"}} ({@link BackupSecret}); a wrong or missing one
 * is 401, and on any database but an embedded H2 file the endpoint answers 404 (PostgreSQL is backed
 * up with pg_dump). One backup at a time: H2's copy turns space reuse off and on again around itself.
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

    private static final Logger log = LoggerFactory.getLogger(BackupEndpoint.class);

    private final DataSource dataSource;
    private final Path database;
    private final Path dataDir;
    private final String password;
    private final boolean auditKeyConfigured;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    BackupEndpoint(DataSource dataSource, @Value("${spring.datasource.url:}") String url,
                   @Value("${spring.datasource.password:}") String password,
                   @Value("${crosscheck.data-dir:./data}") String dataDir,
                   @Value("${crosscheck.audit.key:}") String auditKey, @Value("${crosscheck.audit.key-file:}") String auditKeyFile) {
        this.dataSource = dataSource;
        this.database = EmbeddedDatabase.of(url);
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.password = password;
        this.auditKeyConfigured = !auditKey.isBlank() || !auditKeyFile.isBlank();
    }

    @WriteOperation
    WebEndpointResponse<Resource> backup(String secret) {
        if (database == null) {
            return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
        }
        if (!BackupSecret.matches(password, secret)) {
            log.warn("A backup was asked for on the management port with a wrong secret; refused");
            return new WebEndpointResponse<>(401);
        }
        oneAtATime.lock();
        Path file = null;
        try {
            long began = System.nanoTime();
            Path workDirectory = database.getParent();
            file = BackupArchive.ownerOnlyTempFile(workDirectory, "backup");
            BackupManifest manifest;
            try (Connection connection = dataSource.getConnection(); OutputStream out = Files.newOutputStream(file)) {
                manifest = H2Backup.write(connection, workDirectory,
                        H2Backup.keys(dataDir, auditKeyConfigured, workDirectory, password), true, out);
            }
            log.info("Backup made for the backup command: {} bytes ({} in it) in {} ms", Files.size(file),
                    manifest.files().stream().map(BackupManifest.File::name).toList(), (System.nanoTime() - began) / 1_000_000);
            Path sent = file;
            file = null;
            return new WebEndpointResponse<>(new InputStreamResource(new DeletedOnClose(sent)), WebEndpointResponse.STATUS_OK);
        } catch (Exception e) {
            log.error("The backup asked for on the management port failed", e);
            return new WebEndpointResponse<>(WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR);
        } finally {
            oneAtATime.unlock();
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not remove the backup's temporary file {}", file, e);
            }
        }
    }

    /** The backup as it is sent: its temporary file goes once the answer is written (or given up). */
    private static final class DeletedOnClose extends FilterInputStream {
        private final Path file;

        DeletedOnClose(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                deleteQuietly(file);
            }
        }
    }
}
