package org.crosscheck.exchange;

import org.crosscheck.base.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file on its way in, copied to a temporary file while its size is counted: a file over
 * the limit is refused as soon as the limit is passed, not after it has been read whole. Deleted
 * when closed.
 */
public final class ImportFile implements AutoCloseable {

    private final Path path;
    private final long size;

    private ImportFile(Path path, long size) {
        this.path = path;
        this.size = size;
    }

    public static ImportFile copy(InputStream in, long maxBytes) throws IOException {
        Path path = Files.createTempFile("crosscheck-import-", ".upload");
        long total = 0;
        try (OutputStream out = Files.newOutputStream(path)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        if (total == 0) {
            Files.deleteIfExists(path);
            throw DomainException.of("exchange.import.empty");
        }
        return new ImportFile(path, total);
    }

    /** Refused for its size, before or while it is read. */
    public static TooLargeException tooLarge(long maxBytes) {
        return new TooLargeException("exchange.import.too-large", maxBytes / (1024 * 1024));
    }

    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    /** Whether the file starts as a zip does ("PK\3\4"); anything else is taken for JSON. */
    public boolean looksLikeZip() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    /** Over the import's size limit (the API answers 413). */
    public static class TooLargeException extends DomainException {
        public TooLargeException(String key, Object... args) {
            super(null, key, args);
        }
    }
}
