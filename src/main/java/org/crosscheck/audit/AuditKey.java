package org.crosscheck.audit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * The key that signs the audit trail, kept outside the database: whoever can write to the database
 * (its owner included) can then rewrite entries but cannot sign them, and the check finds them.
 * Taken from {@code crosscheck.audit.key} ({@code CROSSCHECK_AUDIT_KEY}); else read from
 * {@code crosscheck.audit.key-file}; else from {@code <data-dir>/audit-key}, which the first start
 * generates, readable by its owner only (as {@code db-password}). Every node of one database must
 * have the same key: the trail carries the key's check value, and a node with another key refuses
 * to start ({@link AuditKeyCheck}).
 */
@Component
class AuditKey {

    static final String FILE = "audit-key";
    static final String PROPERTY = "crosscheck.audit.key";
    static final int MIN_LENGTH = 32;
    /** What the check value signs: no entry's canonical form (a JSON array) can be this text. */
    private static final byte[] CHECK = "crosscheck audit key check".getBytes(StandardCharsets.UTF_8);

    private final byte[] key;
    private final String source;

    private record Resolved(String key, String source) {
    }

    @Autowired
    AuditKey(@Value("${crosscheck.audit.key:}") String configured, @Value("${crosscheck.audit.key-file:}") String file,
             @Value("${crosscheck.data-dir:./data}") String dataDir) {
        this(resolve(configured, file, dataDir));
    }

    private AuditKey(Resolved resolved) {
        if (resolved.key().length() < MIN_LENGTH) {
            throw new IllegalStateException("The audit key (" + resolved.source() + ") has " + resolved.key().length()
                    + " characters; it needs at least " + MIN_LENGTH + ", for example the output of: openssl rand -base64 32");
        }
        this.key = resolved.key().getBytes(StandardCharsets.UTF_8);
        this.source = resolved.source();
    }

    /** A key given as text (tests, and the migration's tests). */
    static AuditKey of(String key) {
        return new AuditKey(new Resolved(key.strip(), "given"));
    }

    private static Resolved resolve(String configured, String file, String dataDir) {
        if (!configured.isBlank()) {
            return new Resolved(configured.strip(), PROPERTY);
        }
        if (!file.isBlank()) {
            Path path = Path.of(file).toAbsolutePath();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("The audit key file " + path + " (crosscheck.audit.key-file) does not exist.");
            }
            return new Resolved(read(path), path.toString());
        }
        Path path = Path.of(dataDir, FILE).toAbsolutePath();
        return new Resolved(Files.exists(path) ? read(path) : generate(path), path.toString());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key " + path, e);
        }
    }

    /**
     * A new random key, written readable by its owner only. Written beside and then moved into
     * place, never over an existing file: two nodes starting at once from one directory end up
     * with the same key (or, at worst, the second one refuses to start and is started again).
     */
    private static String generate(Path path) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            Path directory = path.getParent();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                if (posix) {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                }
            }
            Path partial = Files.createTempFile(directory, FILE, ".new");
            if (posix) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(partial, key + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(partial, path);
            } catch (FileAlreadyExistsException another) {
                Files.delete(partial);
                return read(path);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit key " + path, e);
        }
    }

    /** The entry's signature: what its stored hash must be. */
    String sign(AuditEntry e) {
        return AuditHash.keyed(key, e);
    }

    String sign(long seq, Instant occurredAt, AuditDraft draft, String prevHash) {
        return AuditHash.hmac(key, AuditHash.canonical(seq, occurredAt, draft, prevHash));
    }

    /** Stored with the trail (audit_head.key_check), so that a node with another key is recognised. */
    String check() {
        return AuditHash.hmac(key, CHECK);
    }

    /** The start of the check value: names the key in messages without giving anything of it away. */
    String id() {
        return check().substring(0, 12);
    }

    /** Where the key came from, for messages. */
    String source() {
        return source;
    }
}
