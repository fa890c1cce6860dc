package org.crosscheck.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much one import may bring in, enforced on the server while reading, for every way in (the
 * upload dialog, and the API after it): at most {@code maxFiles} files of at most
 * {@code maxFileSize} each, {@code maxImportSize} in all. Set with
 * {@code crosscheck.import.max-file-size}, {@code .max-files} and {@code .max-import-size}.
 */
@ConfigurationProperties("crosscheck.import")
public record ImportLimits(DataSize maxFileSize, Integer maxFiles, DataSize maxImportSize) {

    public ImportLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
        maxFiles = maxFiles == null ? 50 : maxFiles;
        maxImportSize = maxImportSize == null ? DataSize.ofMegabytes(50) : maxImportSize;
    }

    /** A size as a user reads it: "5 MB", "64 KB". */
    public static String label(DataSize size) {
        long bytes = size.toBytes();
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? size.toMegabytes() + " MB"
                : bytes >= 1024 ? size.toKilobytes() + " KB" : bytes + " bytes";
    }

    public String maxFileSizeLabel() {
        return label(maxFileSize);
    }

    public String maxImportSizeLabel() {
        return label(maxImportSize);
    }
}
