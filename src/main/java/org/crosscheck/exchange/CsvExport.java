package org.crosscheck.exchange;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.util.Set;

/** Tables for spreadsheets: annotations, contradictions, or both in a zip. */
@Component
@Order(2)
class CsvExport implements ExportFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV (spreadsheets)";
    }

    @Override
    public String hint() {
        return "For spreadsheets: a row per annotation, and a row per side of each contradiction. Offsets are "
                + "given in UTF-16 units and in code points.";
    }

    @Override
    public Set<ExportOptions.Choice> choices() {
        return Set.of(ExportOptions.Choice.TABLES, ExportOptions.Choice.EXCEL);
    }

    private static boolean oneTable(ExportOptions options) {
        return options.tables() != ExportOptions.CsvTables.BOTH;
    }

    @Override
    public String extension(ExportOptions options) {
        return oneTable(options) ? "csv" : "zip";
    }

    @Override
    public String mediaType(ExportOptions options) {
        return oneTable(options) ? "text/csv;charset=UTF-8" : "application/zip";
    }

    @Override
    public String fileSuffix(ExportOptions options) {
        return switch (options.tables()) {
            case CONTRADICTIONS -> "-contradictions";
            case ANNOTATIONS -> "-annotations";
            case BOTH -> "-csv";
        };
    }

    @Override
    public ExportWriter writer(OutputStream out, ExportOptions options) {
        return new CsvWriter(out, options.tables(), options.forExcel());
    }
}
