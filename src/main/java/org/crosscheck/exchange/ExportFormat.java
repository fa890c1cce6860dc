package org.crosscheck.exchange;

import java.util.Locale;
import java.util.Optional;

/** What an export is written as, with the file it makes. */
public enum ExportFormat {
    W3C("W3C Web Annotation (JSON-LD)", "jsonld", "application/ld+json"),
    CSV("CSV (spreadsheets)", "zip", "application/zip"),
    BUNDLE("Crosscheck bundle (to import elsewhere)", "zip", "application/zip"),
    REPORT("Report (HTML, printable)", "html", "text/html;charset=UTF-8");

    private final String label;
    private final String extension;
    private final String mediaType;

    ExportFormat(String label, String extension, String mediaType) {
        this.label = label;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name scripts use: w3c, csv, bundle, report. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> fromParameter(String value) {
        for (ExportFormat f : values()) {
            if (f.parameter().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
