package org.crosscheck.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes where {@link BackupEndpoint} answers into {@code <data-dir>/backup-endpoint} once the
 * management server listens, so that the backup command run on the same data directory finds the
 * running app without being told its management port. Only for an embedded H2 database.
 */
@Component
class BackupEndpointAddress {

    static final String FILE = "backup-endpoint";
    private static final Logger log = LoggerFactory.getLogger(BackupEndpointAddress.class);

    private final boolean embedded;
    private final Path dataDir;
    private final String address;
    private final String path;

    BackupEndpointAddress(@Value("${spring.datasource.url:}") String url, @Value("${crosscheck.data-dir:./data}") String dataDir,
                          @Value("${management.server.address:}") String address,
                          @Value("${management.server.base-path:}") String serverBasePath,
                          @Value("${management.endpoints.web.base-path:/actuator}") String endpointsBasePath) {
        this.embedded = EmbeddedDatabase.of(url) != null;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        // Any-address or none: the command runs on this machine.
        this.address = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1"
                : address.contains(":") ? "[" + address + "]" : address;
        this.path = trimSlash(serverBasePath) + trimSlash(endpointsBasePath) + "/backup";
    }

    @EventListener
    void listening(WebServerInitializedEvent event) {
        if (!embedded || !"management".equals(event.getApplicationContext().getServerNamespace())) {
            return;
        }
        String url = "http://" + address + ":" + event.getWebServer().getPort() + path;
        try {
            Path partial = BackupArchive.ownerOnlyTempFile(dataDir, FILE);
            Files.writeString(partial, url + "\n", StandardCharsets.UTF_8);
            Files.move(partial, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not write {} into {}: the backup command will need --management-port", FILE, dataDir, e);
        }
    }

    private static String trimSlash(String path) {
        String p = path.strip();
        if (p.isEmpty() || p.equals("/")) {
            return "";
        }
        return (p.startsWith("/") ? p : "/" + p).replaceAll("/+$", "");
    }
}
