package org.crosscheck.suggest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.base.Texts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The claims timeline as CSV: one row per value reported, in the order of the timeline. */
public final class ClaimsTimelineCsv {

    private ClaimsTimelineCsv() {
    }

    /** RFC 4180, UTF-8 with a BOM for spreadsheets; cells a spreadsheet would run as formulas neutralised. */
    public static String of(ClaimsTimeline timeline) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("counted", "outlet", "article_id", "article_title", "published", "time_known", "value",
                    "value_max", "exact", "read_as", "standing", "why", "suggested", "start_utf16", "end_utf16");
            for (ClaimsTimeline.Topic topic : timeline.topics()) {
                for (ClaimsTimeline.Point p : topic.all()) {
                    csv.printRecord(Texts.spreadsheetCell(topic.topic()), Texts.spreadsheetCell(p.outlet()), p.articleId(),
                            Texts.spreadsheetCell(p.title()), p.at() == null ? "" : p.timeKnown() ? p.at().toString()
                                    : p.at().toString().substring(0, 10),
                            p.timeKnown() ? "yes" : "no", p.value().toPlainString(),
                            p.valueMax() == null ? "" : p.valueMax().toPlainString(), Texts.spreadsheetCell(p.exact()),
                            Texts.spreadsheetCell(p.claim()), p.standing().name().toLowerCase(java.util.Locale.ROOT),
                            Texts.spreadsheetCell(p.why() == null ? "" : p.why()), p.marked() ? "no" : "yes", p.start(), p.end());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
