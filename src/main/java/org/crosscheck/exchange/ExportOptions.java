package org.crosscheck.exchange;

/**
 * One export: the format (by its name, {@code w3c}, {@code csv}…), what of the project, and for the
 * formats that take them ({@link ExportFormat#choices()}) which tables ({@code annotations.csv},
 * {@code contradictions.csv}, or both in one zip) and whether to open in Excel (a byte order mark).
 */
public record ExportOptions(String format, ExportFilter filter, CsvTables tables, boolean forExcel) {

    public enum CsvTables {
        ANNOTATIONS, CONTRADICTIONS, BOTH
    }

    /** An option beyond what to export, which a format may take. */
    public enum Choice {
        /** Which CSV tables. */
        TABLES,
        /** A byte order mark, for Excel. */
        EXCEL
    }

    public static ExportOptions of(String format, ExportFilter filter) {
        return new ExportOptions(format, filter, CsvTables.BOTH, false);
    }
}
