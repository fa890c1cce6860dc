package org.crosscheck.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files of the exports (src/test/resources/golden): what users see, reviewed by eye once
 * and compared on every build. What must differ from run to run is masked first: times, and ids,
 * which are renumbered in the order they appear (so links between items are still compared).
 * {@code -Dgolden.update=true} writes the files anew, to review them with {@code git diff}.
 */
final class Golden {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern URI_ID = Pattern.compile("/api/v1/(projects|articles|annotations|contradictions|comments)/(\\d+)");

    private Golden() {
    }

    static void check(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                assertThat(Boolean.getBoolean("golden.update")).as("golden file " + name + " was missing: written, review it")
                        .isTrue();
            }
            assertThat(actual).as("export differs from the golden file " + file + " (-Dgolden.update=true rewrites it)")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON-LD or HTML: instants masked, ids in our URIs renumbered per kind. */
    static String text(String s) {
        Map<String, Map<String, Integer>> ids = new HashMap<>();
        Matcher m = URI_ID.matcher(INSTANT.matcher(s).replaceAll("<time>"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = ids.computeIfAbsent(m.group(1), k -> new HashMap<>()).computeIfAbsent(m.group(2),
                    k -> ids.get(m.group(1)).size() + 1);
            m.appendReplacement(out, "/api/v1/" + m.group(1) + "/" + n);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The report: our ids in anchors renumbered, the export's date masked. */
    static String report(String html) {
        Map<String, Integer> articles = new HashMap<>();
        Matcher m = Pattern.compile("id=\"article-(\\d+)\"").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "id=\"article-" + articles.computeIfAbsent(m.group(1), k -> articles.size() + 1) + "\"");
        }
        m.appendTail(out);
        return out.toString().replaceAll("Exported \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC", "Exported <time>");
    }

    /** A CSV table with its id columns renumbered per kind and its time columns masked. */
    static String csv(String csv, Map<String, String> idColumns, List<String> timeColumns) {
        String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(body)).getRecords();
            List<String> header = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(body))
                    .getHeaderNames();
            Map<String, Map<String, Integer>> ids = new HashMap<>();
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                printer.printRecord(header);
                for (CSVRecord row : rows) {
                    List<String> cells = new java.util.ArrayList<>();
                    for (String column : header) {
                        String value = row.get(column);
                        if (idColumns.containsKey(column) && !value.isEmpty()) {
                            Map<String, Integer> kind = ids.computeIfAbsent(idColumns.get(column), k -> new HashMap<>());
                            value = String.join(" ", java.util.Arrays.stream(value.split(" "))
                                    .map(v -> String.valueOf(kind.computeIfAbsent(v, k -> kind.size() + 1))).toList());
                        } else if (timeColumns.contains(column)) {
                            value = "<time>";
                        }
                        cells.add(value);
                    }
                    printer.printRecord(cells);
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
