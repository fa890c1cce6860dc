package org.crosscheck.exchange;

import org.crosscheck.base.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.article.ArticleRecord;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.exchange.ExportOptions.CsvTables;
import org.crosscheck.review.ContradictionRecord;
import org.crosscheck.review.ContradictionRecord.SpanRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code annotations.csv} (a row per annotation) and {@code contradictions.csv} (a row per
 * span), RFC 4180, UTF-8 (with a byte order mark for Excel); both in one zip when both are asked
 * for. Text cells that a spreadsheet would run as a formula are neutralised.
 */
final class CsvWriter implements ExportWriter {

    static final String ANNOTATIONS = "annotations.csv";
    static final String CONTRADICTIONS = "contradictions.csv";

    static final String[] ANNOTATION_COLUMNS = {"annotation_id", "article_id", "article_title", "outlet", "kind", "exact",
            "start_utf16", "end_utf16", "start_codepoint", "end_codepoint", "speaker", "value", "qualifier", "counted",
            "unit", "note", "author", "created", "updated", "contradiction_ids", "article_published", "kind_name"};
    static final String[] CONTRADICTION_COLUMNS = {"contradiction_id", "category", "status", "note", "status_reason",
            "author", "created", "updated", "span_id", "article_id", "article_title", "outlet", "exact", "start_utf16",
            "end_utf16", "start_codepoint", "end_codepoint", "annotation_id", "article_published"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final OutputStream out;
    private final CsvTables tables;
    private final boolean forExcel;
    private ZipOutputStream zip;
    private CSVPrinter annotations;
    private ExportHeader header;
    private SpanCodePoints spanPositions;
    private List<ExportHeader.KindColumn> kindColumns = List.of();
    /** Each article's contradiction sides, with their contradiction: an annotation lists those on its words. */
    private final java.util.Map<Long, List<long[]>> sidesByArticle = new java.util.HashMap<>();

    CsvWriter(OutputStream out, CsvTables tables, boolean forExcel) {
        this.out = out;
        this.tables = tables;
        this.forExcel = forExcel;
    }

    @Override
    public void start(ExportHeader header) throws IOException {
        this.header = header;
        this.spanPositions = new SpanCodePoints(header.contradictions());
        for (ContradictionRecord c : header.contradictions()) {
            for (SpanRecord s : c.spans()) {
                sidesByArticle.computeIfAbsent(s.articleId(), k -> new java.util.ArrayList<>()).add(new long[]{c.id(),
                        s.span().start(), s.span().end(), s.annotationId() == null ? -1 : s.annotationId()});
            }
        }
        if (tables == CsvTables.BOTH) {
            zip = new ZipOutputStream(out);
        }
        if (tables != CsvTables.CONTRADICTIONS) {
            // After the fixed columns, one per field of a kind's description (a project's own kinds): "Claim: Verdict".
            kindColumns = header.kindColumns();
            List<String> columns = new java.util.ArrayList<>(List.of(ANNOTATION_COLUMNS));
            kindColumns.forEach(c -> columns.add(text(c.name())));
            annotations = table(ANNOTATIONS, columns.toArray(String[]::new));
        }
    }

    /** A printer on the table's own stream: a zip entry, or the response itself. */
    private CSVPrinter table(String name, String[] columns) throws IOException {
        OutputStream target = out;
        if (zip != null) {
            zip.putNextEntry(new ZipEntry(name));
            target = zip;
        }
        Writer writer = new OutputStreamWriter(new NonClosingOutputStream(target), StandardCharsets.UTF_8);
        if (forExcel) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord((Object[]) columns);
        return printer;
    }

    @Override
    public void article(ArticleRecord article, List<AnnotationRecord> list, CodePoints codePoints) throws IOException {
        spanPositions.article(article.id(), codePoints);
        if (annotations == null) {
            return;
        }
        for (AnnotationRecord a : list) {
            AnnotationFields f = a.fields();
            List<Object> row = new java.util.ArrayList<>(ANNOTATION_COLUMNS.length + kindColumns.size());
            java.util.Collections.addAll(row, a.id(), article.id(), text(article.title()), text(article.outlet()),
                    a.description().id(),
                    text(a.span().exact()), a.span().start(), a.span().end(), codePoints.toCodePoint(a.span().start()),
                    codePoints.toCodePoint(a.span().end()), text(f.speaker()),
                    f.figureValue() == null ? "" : ExportValues.plain(f.figureValue()),
                    f.figureQualifier() == null ? "" : f.figureQualifier().name(), text(f.figureCounts()),
                    text(f.figureUnit()), text(f.note()), text(a.author()), a.createdAt(), a.updatedAt(),
                    contradictionsOn(article.id(), a), published(article.publishedAt(), article.publishedOn()),
                    text(a.description().name()));
            for (ExportHeader.KindColumn c : kindColumns) {
                row.add(c.kind().id().equals(a.description().id()) ? text(f.value(c.field().key())) : "");
            }
            annotations.printRecord(row);
        }
    }

    /** When the article was published, as precisely as known: a moment in UTC, or a date. */
    private static String published(java.time.Instant at, java.time.LocalDate on) {
        return at != null ? at.toString() : on == null ? "" : on.toString();
    }

    /** The contradictions with a side made from the annotation or lying (partly) on its words, as the reader links them. */
    private String contradictionsOn(long articleId, AnnotationRecord a) {
        return sidesByArticle.getOrDefault(articleId, List.of()).stream()
                .filter(s -> s[3] == a.id() || (s[1] < a.span().end() && s[2] > a.span().start()))
                .map(s -> s[0]).distinct().sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }

    @Override
    public void finish() throws IOException {
        if (annotations != null) {
            annotations.flush();
            closeEntry();
        }
        if (tables != CsvTables.ANNOTATIONS) {
            CSVPrinter printer = table(CONTRADICTIONS, CONTRADICTION_COLUMNS);
            for (ContradictionRecord c : header.contradictions()) {
                for (SpanRecord s : c.spans()) {
                    ArticleSummary article = header.article(s.articleId());
                    printer.printRecord(c.id(), c.category().name(), c.status().name(), text(c.note()),
                            text(c.statusReason()), text(c.author()), c.createdAt(), c.updatedAt(), s.id(), s.articleId(),
                            text(article == null ? null : article.title()), text(article == null ? null : article.outlet()),
                            text(s.span().exact()), s.span().start(), s.span().end(), spanPositions.start(s),
                            spanPositions.end(s), s.annotationId() == null ? "" : s.annotationId(),
                            article == null ? "" : published(article.publishedAt(), article.publishedOn()));
                }
            }
            printer.flush();
            closeEntry();
        }
        if (zip != null) {
            zip.finish();
        }
        out.flush();
    }

    private void closeEntry() throws IOException {
        if (zip != null) {
            zip.closeEntry();
        }
    }

    static String text(String value) {
        return Texts.spreadsheetCell(value);
    }
}
