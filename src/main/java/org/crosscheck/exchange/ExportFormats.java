package org.crosscheck.exchange;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The registered export formats, in the order the export page lists them. */
@Component
public class ExportFormats {

    private final List<ExportFormat> all;

    ExportFormats(List<ExportFormat> all) {
        this.all = List.copyOf(all);
    }

    public List<ExportFormat> all() {
        return all;
    }

    /** The format a script names ({@code w3c}, {@code csv}…), in any case. */
    public Optional<ExportFormat> byName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    /** "w3c, csv, bundle, report": for messages that say what may be asked for. */
    public String names() {
        return all.stream().map(ExportFormat::name).collect(Collectors.joining(", "));
    }
}
