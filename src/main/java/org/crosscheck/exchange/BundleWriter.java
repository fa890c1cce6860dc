package org.crosscheck.exchange;

import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.article.ArticleRecord;
import org.crosscheck.exchange.Bundle.AnnotationEntry;
import org.crosscheck.exchange.Bundle.ArticleEntry;
import org.crosscheck.exchange.Bundle.CommentEntry;
import org.crosscheck.exchange.Bundle.ContradictionEntry;
import org.crosscheck.exchange.Bundle.MemberEntry;
import org.crosscheck.exchange.Bundle.SpanEntry;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the Crosscheck bundle: every file of {@link Bundle}, one article's file at a time. */
final class BundleWriter implements ExportWriter {

    private final ZipOutputStream zip;
    private final JsonMapper json;
    private ExportHeader header;
    private int index;
    /** Spans name the annotation they were taken from only when it is in the bundle too (a filter may leave it out). */
    private final java.util.Set<Long> exported = new java.util.HashSet<>();

    BundleWriter(OutputStream out, JsonMapper json) {
        this.zip = new ZipOutputStream(out);
        this.json = json;
    }

    @Override
    public void start(ExportHeader header) throws IOException {
        this.header = header;
        entry(Bundle.MANIFEST, new Bundle.Manifest(Bundle.FORMAT, Bundle.VERSION, "Crosscheck", header.exportedAt(),
                header.exportedBy(), header.filter().isEverything(), header.articles().size(),
                header.contradictions().size()));
        entry(Bundle.PROJECT, new Bundle.ProjectEntry(header.project().id(), header.project().name(),
                header.project().description(), header.project().createdAt(), header.project().membersMayExport()));
        entry(Bundle.MEMBERS, header.members().stream()
                .map(m -> new MemberEntry(m.user().username(), m.role().name())).toList());
        entry(Bundle.KINDS, header.kinds());
    }

    @Override
    public void article(ArticleRecord a, List<AnnotationRecord> annotations, CodePoints codePoints) throws IOException {
        List<AnnotationEntry> entries = annotations.stream().map(BundleWriter::entry).toList();
        annotations.forEach(x -> exported.add(x.id()));
        entry(Bundle.articleEntry(++index), new ArticleEntry(a.id(), a.title(), a.outlet(), a.url(), a.publishedOn(), a.byline(),
                a.sourceName(), a.format() == null ? null : a.format().name(), a.importedAt(), a.importedBy(),
                a.contentHash(), a.original(), a.text(), entries, a.publishedAt()));
        if (header.independent() && header.filter().isEverything()) {
            agreement(a, annotations);
        }
    }

    /** Figures for one article: computed from its exported annotations, among their distinct authors. */
    private void agreement(ArticleRecord a, List<AnnotationRecord> annotations) {
        List<String> authors = annotations.stream().map(AnnotationRecord::author).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        if (authors.size() < 2) {
            return;
        }
        List<org.crosscheck.curation.Agreement.Mark> marks = annotations.stream().filter(x -> x.author() != null)
                .map(x -> new org.crosscheck.curation.Agreement.Mark(x.id(), authors.indexOf(x.author()), x.description().id(),
                        x.span().start(), x.span().end(), x.description().summary(x.fields()))).toList();
        var result = org.crosscheck.curation.Agreement.of(a.text().length(),
                java.util.stream.LongStream.range(0, authors.size()).boxed().toList(), marks);
        java.util.function.Function<org.crosscheck.curation.Agreement.KindScore, Bundle.AgreementScore> score = k ->
                new Bundle.AgreementScore(k.kind(), k.f1(), k.alpha());
        agreements.add(new Bundle.ArticleAgreement(a.id(), authors, score.apply(result.overall()),
                result.kinds().stream().map(score).toList()));
    }

    private final List<Bundle.ArticleAgreement> agreements = new java.util.ArrayList<>();

    private static AnnotationEntry entry(AnnotationRecord a) {
        AnnotationFields f = a.fields();
        return new AnnotationEntry(a.id(), a.description().id(), a.span().start(), a.span().end(), a.span().exact(),
                a.span().prefix(), a.span().suffix(), f.speaker(),
                f.figureValue() == null ? null : ExportValues.normalized(f.figureValue()),
                f.figureQualifier() == null ? null : f.figureQualifier().name(), f.figureCounts(), f.figureUnit(), f.note(),
                a.author(), a.createdAt(), a.updatedAt(), a.threadResolved(),
                a.comments().stream().map(c -> new CommentEntry(c.id(), c.author(), c.body(), c.createdAt(), c.updatedAt()))
                        .toList(), f.values());
    }

    @Override
    public void finish() throws IOException {
        entry(Bundle.CONTRADICTIONS, header.contradictions().stream().map(c -> new ContradictionEntry(c.id(),
                c.category().name(), c.status().name(), c.note(), c.statusReason(), c.author(), c.createdAt(), c.updatedAt(),
                c.spans().stream().map(s -> new SpanEntry(s.articleId(),
                        s.annotationId() != null && exported.contains(s.annotationId()) ? s.annotationId() : null, s.span().start(), s.span().end(),
                        s.span().exact(), s.span().prefix(), s.span().suffix(), s.addedBy(), s.addedAt())).toList()))
                .toList());
        if (!agreements.isEmpty()) {
            entry(Bundle.AGREEMENT, agreements);
        }
        zip.finish();
        zip.flush();
    }

    private void entry(String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(json.writeValueAsBytes(value));
        zip.closeEntry();
    }
}
