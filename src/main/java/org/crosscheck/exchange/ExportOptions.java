package org.crosscheck.exchange;

/**
 * One export: the format, what of the project, and for CSV which tables ({@code annotations.csv},
 * {@code contradictions.csv}, or both in one zip) and whether to open in Excel (a byte order mark).
 */
public record ExportOptions(ExportFormat format, ExportFilter filter, CsvTables tables, boolean forExcel) {

    public enum CsvTables {
        ANNOTATIONS, CONTRADICTIONS, BOTH
    }

    public static ExportOptions of(ExportFormat format, ExportFilter filter) {
        return new ExportOptions(format, filter, CsvTables.BOTH, false);
    }

    /** What the file is: a zip for a bundle or both CSV tables, else the single file. */
    String extension() {
        return format == ExportFormat.CSV && tables != CsvTables.BOTH ? "csv" : format.extension();
    }

    public String mediaType() {
        return format == ExportFormat.CSV && tables != CsvTables.BOTH ? "text/csv;charset=UTF-8" : format.mediaType();
    }
}
