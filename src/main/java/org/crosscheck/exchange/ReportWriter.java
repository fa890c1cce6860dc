package org.crosscheck.exchange;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.article.ArticleRecord;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.review.ContradictionRecord;
import org.crosscheck.review.ContradictionRecord.SpanRecord;
import org.crosscheck.review.ContradictionStatus;
import org.jsoup.nodes.Entities;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the report: one self-contained HTML file (styles inline, no scripts, nothing fetched),
 * printable to PDF from the browser. A summary, each article's text with its highlights and a
 * legend, the contradictions with their spans side by side, and the figures per outlet. The
 * articles are written to a temporary file first, so the summary can open the report without
 * holding the set in memory. Everything users typed or imported is escaped.
 */
final class ReportWriter implements ExportWriter {

    private static final int MAX_VALUES_PER_CELL = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final OutputStream out;
    private final Path body;
    private final Writer bodyWriter;
    private ExportHeader header;
    /** Annotations by kind name: the built-in kinds, then the project's own. */
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    /** What is counted → outlet → the figures given for it. */
    private final Map<String, Map<String, Set<String>>> figures = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> outlets = new LinkedHashSet<>();

    ReportWriter(OutputStream out) throws IOException {
        this.out = out;
        this.body = Files.createTempFile("crosscheck-report-", ".html");
        this.bodyWriter = Files.newBufferedWriter(body, StandardCharsets.UTF_8);
    }

    @Override
    public void start(ExportHeader header) {
        this.header = header;
        header.articles().values().forEach(a -> outlets.add(source(a.outlet(), a.title())));
    }

    @Override
    public void article(ArticleRecord article, List<AnnotationRecord> annotations, CodePoints codePoints) throws IOException {
        Writer w = bodyWriter;
        w.write("<section class=\"article\" id=\"article-" + article.id() + "\">\n<h2>" + esc(article.title()) + "</h2>\n");
        w.write("<p class=\"meta\">" + esc(source(article.outlet(), "Outlet not given"))
                + (article.byline() == null ? "" : " · " + esc(article.byline()))
                + (article.publishedAt() != null ? " · " + article.publishedAt().toString().replace("T", " ").replace("Z", " UTC")
                        : article.publishedOn() == null ? "" : " · " + article.publishedOn())
                + (article.url() == null ? "" : " · " + esc(article.url())) + "</p>\n");
        writeText(w, article.text(), annotations);
        if (!annotations.isEmpty()) {
            w.write("<table class=\"legend\"><thead><tr><th>#</th><th>Kind</th><th>Marked text</th><th>Details</th>"
                    + "<th>By</th><th>Checked</th></tr></thead><tbody>\n");
            int n = 0;
            for (AnnotationRecord a : annotations) {
                counts.merge(a.description().name(), 1, Integer::sum);
                w.write("<tr><td>" + (++n) + "</td><td><span class=\"chip " + css(a.kind()) + "\">" + esc(a.description().name())
                        + "</span></td><td>“" + esc(a.span().exact()) + "”</td><td>" + esc(details(a))
                        + "</td><td>" + esc(a.author()) + "</td>" + checked(header.checks().annotations().get(a.id()))
                        + "</tr>\n");
                if (a.kind() == AnnotationKind.FIGURE && a.fields().figureCounts() != null) {
                    Set<String> cell = figures.computeIfAbsent(a.fields().figureCounts().strip(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(source(article.outlet(), article.title()), k -> new LinkedHashSet<>());
                    if (cell.size() < MAX_VALUES_PER_CELL) {
                        cell.add(figure(a.fields()));
                    }
                }
            }
            w.write("</tbody></table>\n");
        } else {
            w.write("<p class=\"empty\">Nothing marked in this article (with the export's filters).</p>\n");
        }
        w.write("</section>\n");
    }

    /** The text as paragraphs, each annotated stretch in a mark numbered as in the legend; overlaps marked as such. */
    private static void writeText(Writer w, String text, List<AnnotationRecord> annotations) throws IOException {
        TreeMap<Integer, List<int[]>> events = new TreeMap<>();   // position → {index, +1 start / -1 end}
        for (int i = 0; i < annotations.size(); i++) {
            events.computeIfAbsent(annotations.get(i).span().start(), k -> new ArrayList<>()).add(new int[]{i, 1});
            events.computeIfAbsent(annotations.get(i).span().end(), k -> new ArrayList<>()).add(new int[]{i, -1});
        }
        events.computeIfAbsent(text.length(), k -> new ArrayList<>());
        LinkedHashSet<Integer> active = new LinkedHashSet<>();
        int at = 0;
        w.write("<div class=\"text\"><p>");
        for (Map.Entry<Integer, List<int[]>> e : events.entrySet()) {
            segment(w, text.substring(at, e.getKey()), active, annotations);
            for (int[] ev : e.getValue()) {
                if (ev[1] > 0) {
                    active.add(ev[0]);
                    w.write("<sup>" + (ev[0] + 1) + "</sup>");
                } else {
                    active.remove(ev[0]);
                }
            }
            at = e.getKey();
        }
        w.write("</p></div>\n");
    }

    private static void segment(Writer w, String part, Set<Integer> active, List<AnnotationRecord> annotations)
            throws IOException {
        if (part.isEmpty()) {
            return;
        }
        String[] paragraphs = part.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                w.write("</p><p>");
            }
            if (paragraphs[p].isEmpty()) {
                continue;
            }
            if (active.isEmpty()) {
                w.write(esc(paragraphs[p]));
            } else {
                AnnotationRecord innermost = annotations.get(active.stream().reduce((a, b) -> b).orElseThrow());
                w.write("<mark class=\"" + css(innermost.kind()) + (active.size() > 1 ? " overlap" : "") + "\">"
                        + esc(paragraphs[p]) + "</mark>");
            }
        }
    }

    /**
     * The report is opened from a disk or a mail, where no server sends headers: its own policy
     * lets its inline styles apply and nothing else load or run, whatever an article's text holds
     * (it is escaped anyway: this is the second wall). {@code frame-ancestors} has no effect in a
     * meta tag and is left out.
     */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'";

    @Override
    public void finish() throws IOException {
        bodyWriter.close();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8))) {
            w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n<title>"
                    + esc(header.project().name()) + " — Crosscheck report</title>\n<style>" + STYLE + "</style></head>\n<body>\n");
            w.write("<header><h1>" + esc(header.project().name()) + "</h1>\n");
            if (header.project().description() != null) {
                w.write("<p>" + esc(header.project().description()) + "</p>\n");
            }
            w.write("<p class=\"meta\">Exported " + TIME.format(header.exportedAt()) + " by " + esc(header.exportedBy())
                    + (header.filter().isEverything() ? "" : " · filtered") + "</p></header>\n");
            summary(w);
            w.write("<h2 class=\"part\">Articles</h2>\n<p class=\"legend-line\">Legend: <mark class=\"quote\">quote</mark> "
                    + "<mark class=\"figure\">figure</mark> <mark class=\"note\">note</mark> "
                    + "<mark class=\"quote overlap\">overlapping marks</mark>; a small number opens each mark, as in the "
                    + "table under the article.</p>\n");
            try (Reader in = Files.newBufferedReader(body, StandardCharsets.UTF_8)) {
                in.transferTo(w);
            }
            contradictions(w);
            figureTable(w);
            w.write("</body></html>\n");
        } finally {
            Files.deleteIfExists(body);
        }
    }

    private void summary(Writer w) throws IOException {
        Map<ContradictionStatus, Integer> byStatus = new EnumMap<>(ContradictionStatus.class);
        header.contradictions().forEach(c -> byStatus.merge(c.status(), 1, Integer::sum));
        w.write("<section class=\"summary\"><h2>Summary</h2><dl>\n<dt>Articles</dt><dd>" + header.articles().size() + "</dd>\n");
        java.util.stream.Stream.concat(KindDescription.BUILT_IN.stream(), header.kinds().stream()).forEach(kind -> {
            try {
                w.write("<dt>" + esc(kind.name()) + "s</dt><dd>" + counts.getOrDefault(kind.name(), 0) + "</dd>\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        w.write("<dt>Contradictions</dt><dd>" + header.contradictions().size());
        if (!byStatus.isEmpty()) {
            List<String> parts = new ArrayList<>();
            byStatus.forEach((s, n) -> parts.add(n + " " + s.label().toLowerCase()));
            w.write(" (" + String.join(", ", parts) + ")");
        }
        w.write("</dd></dl></section>\n");
    }

    /** The table cell with the latest decision on an annotation: approved, sent back, rejected, or not checked. */
    private static String checked(org.crosscheck.approval.CheckState state) {
        String css = state == null || !state.current() ? "open" : state.outcome().name().toLowerCase().replace('_', '-');
        return "<td class=\"checked " + css + "\">" + checkedText(state) + "</td>";
    }

    private static String checkedText(org.crosscheck.approval.CheckState state) {
        if (state == null) {
            return "Not checked";
        }
        return esc(state.label()) + (state.decidedBy() == null ? "" : " by " + esc(state.decidedBy().displayName()))
                + (state.comment() == null ? "" : ": " + esc(state.comment()));
    }

    private void contradictions(Writer w) throws IOException {
        w.write("<h2 class=\"part\" id=\"contradictions\">Contradictions</h2>\n");
        if (header.contradictions().isEmpty()) {
            w.write("<p class=\"empty\">No contradictions (with the export's filters).</p>\n");
            return;
        }
        int n = 0;
        for (ContradictionRecord c : header.contradictions()) {
            w.write("<section class=\"contradiction\"><h3>" + (++n) + ". " + esc(c.category().label())
                    + " <span class=\"status " + c.status().name().toLowerCase() + "\">" + esc(c.status().label())
                    + "</span></h3>\n");
            if (c.note() != null) {
                w.write("<p>" + esc(c.note()) + "</p>\n");
            }
            if (c.statusReason() != null) {
                w.write("<p class=\"meta\">" + esc(c.statusReason()) + "</p>\n");
            }
            w.write("<p class=\"meta\">Checked: " + checkedText(header.checks().contradictions().get(c.id())) + "</p>\n");
            w.write("<div class=\"sides\">");
            for (SpanRecord s : c.spans()) {
                ArticleSummary article = header.article(s.articleId());
                w.write("<div class=\"side\"><div class=\"source\">"
                        + esc(article == null ? "(article not exported)" : source(article.outlet(), article.title()))
                        + "</div><p><span class=\"context\">…" + esc(s.span().prefix()) + "</span><mark class=\"span\">"
                        + esc(s.span().exact()) + "</mark><span class=\"context\">" + esc(s.span().suffix())
                        + "…</span></p></div>");
            }
            w.write("</div></section>\n");
        }
    }

    private void figureTable(Writer w) throws IOException {
        w.write("<h2 class=\"part\" id=\"figures\">Figures per outlet</h2>\n");
        if (figures.isEmpty()) {
            w.write("<p class=\"empty\">No figures (with the export's filters).</p>\n");
            return;
        }
        w.write("<table class=\"figures\"><thead><tr><th>What is counted</th>");
        for (String outlet : outlets) {
            w.write("<th>" + esc(outlet) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        for (Map.Entry<String, Map<String, Set<String>>> row : figures.entrySet()) {
            w.write("<tr><th>" + esc(row.getKey()) + "</th>");
            for (String outlet : outlets) {
                Set<String> cell = row.getValue().get(outlet);
                w.write("<td>" + (cell == null ? "<span class=\"none\">—</span>" : esc(String.join("; ", cell))) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody></table>\n");
    }

    private static String details(AnnotationRecord a) {
        AnnotationFields f = a.fields();
        String main = switch (a.kind()) {
            case QUOTE -> "Said by " + f.speaker();
            case FIGURE -> figure(f) + " " + f.figureCounts();
            case NOTE -> f.note();
            case CUSTOM -> a.description().summary(f);
        };
        String withNote = a.kind() != AnnotationKind.NOTE && f.note() != null ? main + " — " + f.note() : main;
        // A built-in kind's added fields follow what it says (a project kind's are its summary already).
        String added = a.kind() == AnnotationKind.CUSTOM ? "" : a.description().addedFields().stream()
                .filter(field -> f.value(field.key()) != null)
                .map(field -> field.label() + ": " + f.value(field.key()))
                .collect(java.util.stream.Collectors.joining("; "));
        return added.isEmpty() ? withNote : withNote + " — " + added;
    }

    private static String figure(AnnotationFields f) {
        String qualifier = f.figureQualifier() == null || f.figureQualifier() == FigureQualifier.NONE ? ""
                : f.figureQualifier().label() + " ";
        return qualifier + (f.figureValue() == null ? "?" : AnnotationDetails.formatValue(f.figureValue()))
                + (f.figureUnit() == null ? "" : " " + f.figureUnit());
    }

    private static String source(String outlet, String otherwise) {
        return outlet == null || outlet.isBlank() ? otherwise : outlet;
    }

    private static String css(AnnotationKind kind) {
        return kind.name().toLowerCase();
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }

    /**
     * The highlight colours are the app's (styles.css, light variant), so a mark means the same on
     * screen and on paper; ReportColoursTest reads both.
     */
    static final String STYLE = """
            :root{--cc-quote:rgba(245, 176, 30, 0.38);--cc-figure:rgba(54, 132, 230, 0.28);--cc-note:rgba(46, 170, 110, 0.30)}
            body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2330;max-width:60rem;margin:2rem auto;padding:0 1.5rem}
            h1{font-size:1.8rem;margin:0 0 .3rem}h2{font-size:1.3rem;margin:2rem 0 .4rem}h2.part{border-bottom:2px solid #1d2330;padding-bottom:.2rem}
            h3{font-size:1.05rem;margin:1.2rem 0 .3rem}.meta{color:#5b6475;font-size:.85rem;margin:.1rem 0 .6rem}
            .summary dl{display:grid;grid-template-columns:max-content max-content;gap:.15rem 1.5rem;margin:0}.summary dt{color:#5b6475}.summary dd{margin:0;font-weight:600}
            .text p{margin:.5rem 0}mark{border-radius:2px;padding:0 1px;color:inherit}mark.quote{background:var(--cc-quote)}mark.figure{background:var(--cc-figure)}mark.note{background:var(--cc-note)}mark.custom{background:rgba(140,90,230,.24)}
            mark.overlap{outline:2px solid #8a5cd1}mark.span{background:#ffd1d1}sup{color:#5b6475;font-size:.65em;margin:0 1px}
            table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.88rem}th,td{border:1px solid #d5d9e0;padding:.3rem .45rem;text-align:left;vertical-align:top}
            td.checked.approved{color:#0b6b2f}td.checked.needs-change{color:#8a4b00}td.checked.rejected{color:#a11a2b}
            thead th{background:#f1f3f6}.chip{border-radius:3px;padding:0 .3rem}.chip.quote{background:var(--cc-quote)}.chip.figure{background:var(--cc-figure)}.chip.note{background:var(--cc-note)}.chip.custom{background:rgba(140,90,230,.24)}
            .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.6rem}.side{border:1px solid #d5d9e0;border-radius:4px;padding:.5rem .7rem}
            .source{font-weight:600;font-size:.85rem}.context{color:#5b6475}.status{font-size:.75rem;font-weight:600;border-radius:3px;padding:.05rem .35rem;background:#eef0f3}
            .status.confirmed{background:#ffd1d1}.status.dismissed{background:#e4e6ea;color:#5b6475}.empty,.none{color:#5b6475}
            section.article,section.contradiction{break-inside:auto}section.contradiction .sides{break-inside:avoid}
            @media print{body{margin:0;max-width:none;font-size:11pt}h2.part{break-before:page}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;
}
