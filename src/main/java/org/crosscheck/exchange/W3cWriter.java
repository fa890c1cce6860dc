package org.crosscheck.exchange;

import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.KindDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.annotation.AnnotationRecord;
import org.crosscheck.annotation.AnnotationRecord.CommentRecord;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.article.ArticleRecord;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.review.ContradictionRecord;
import org.crosscheck.review.ContradictionRecord.SpanRecord;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Writes a W3C Web Annotation {@code AnnotationCollection} (JSON-LD), streamed: one page holding
 * an {@code Annotation} per quote, figure and note (two selectors: quote and position, the position
 * in Unicode code points), one {@code linking} annotation per contradiction with a target per span,
 * and one {@code replying} annotation per comment. Each target says when its article was published
 * ({@code issued}, Dublin Core). Crosscheck's own fields use the context served at {@value #CONTEXT_PATH}.
 */
final class W3cWriter implements ExportWriter {

    static final String W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String CONTEXT_PATH = "/ns/crosscheck.jsonld";

    private final JsonGenerator json;
    private ExportHeader header;
    private SpanCodePoints spanPositions;
    private long total;
    /** Each exported article's text hash, for the contradictions' targets, written after the last article. */
    private final java.util.Map<Long, String> textHashes = new java.util.HashMap<>();
    /** When each exported article was published (a moment, or a day), for every target on it. */
    private final java.util.Map<Long, String> issued = new java.util.HashMap<>();

    W3cWriter(OutputStream out, JsonMapper mapper) {
        this.json = mapper.createGenerator(out);
    }

    @Override
    public void start(ExportHeader header) {
        this.header = header;
        this.spanPositions = new SpanCodePoints(header.contradictions());
        json.writeStartObject();
        json.writeArrayPropertyStart("@context");
        json.writeString(W3C_CONTEXT);
        json.writeString(header.baseUrl() + CONTEXT_PATH);
        json.writeEndArray();
        json.writeStringProperty("id", header.baseUrl() + "/api/v1/projects/" + header.project().id() + "/export?format=w3c");
        json.writeStringProperty("type", "AnnotationCollection");
        json.writeStringProperty("label", header.project().name());
        json.writeStringProperty("generated", header.exportedAt().toString());
        json.writeObjectPropertyStart("first");
        json.writeStringProperty("type", "AnnotationPage");
        json.writeNumberProperty("startIndex", 0);
        json.writeArrayPropertyStart("items");
    }

    @Override
    public void article(ArticleRecord article, List<AnnotationRecord> annotations, CodePoints codePoints) {
        spanPositions.article(article.id(), codePoints);
        textHashes.put(article.id(), article.contentHash());
        if (article.publishedAt() != null || article.publishedOn() != null) {
            issued.put(article.id(), article.publishedAt() != null ? article.publishedAt().toString()
                    : article.publishedOn().toString());
        }
        for (AnnotationRecord a : annotations) {
            annotation(article, a, codePoints);
            for (CommentRecord c : a.comments()) {
                comment(a, c);
            }
        }
    }

    private void annotation(ArticleRecord article, AnnotationRecord a, CodePoints codePoints) {
        total++;
        json.writeStartObject();
        json.writeStringProperty("id", header.annotationUri(a.id()));
        json.writeStringProperty("type", "Annotation");
        json.writeStringProperty("motivation", a.kind() == AnnotationKind.NOTE ? "commenting"
                : a.kind() == AnnotationKind.CUSTOM ? "classifying" : "describing");
        provenance(a.author(), a.createdAt(), a.updatedAt());
        // Our own body first (our importer and scripts read it), then what any W3C client reads: the
        // kind as a tag, what the annotation says as a description, its note as a comment.
        json.writeArrayPropertyStart("body");
        json.writeStartObject();
        AnnotationFields f = a.fields();
        KindDescription kind = a.description();
        json.writeStringProperty("type", switch (a.kind()) {
            case QUOTE -> "Quote";
            case FIGURE -> "Figure";
            case NOTE -> "Note";
            case CUSTOM -> "Labelled";
        });
        json.writeStringProperty("kind", kind.id());
        json.writeStringProperty("kindName", kind.name());
        optional("speaker", f.speaker());
        if (f.figureValue() != null) {
            json.writeStringProperty("figureValue", ExportValues.plain(f.figureValue()));
        }
        optional("qualifier", f.figureQualifier() == null ? null : f.figureQualifier().name());
        optional("counted", f.figureCounts());
        optional("unit", f.figureUnit());
        optional("note", f.note());
        // The kind's other fields (all of a project kind's), by label: a JSON value, kept whole by JSON-LD.
        Map<String, String> added = new LinkedHashMap<>();
        kind.addedFields().forEach(field -> {
            if (f.value(field.key()) != null) {
                added.put(field.label(), f.value(field.key()));
            }
        });
        if (!added.isEmpty()) {
            json.writeName("fields");
            json.writePOJO(added);
        }
        json.writeEndObject();
        textualBody("tagging", kind.name());
        String described = kind.builtIn() ? describe(a.kind(), f) : null;
        if (!added.isEmpty()) {
            String own = added.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            described = described == null ? own : described + "; " + own;
        }
        if (described != null) {
            textualBody("describing", described);
        }
        if (f.note() != null && !f.note().isBlank()) {
            textualBody("commenting", f.note());
        }
        json.writeEndArray();
        json.writeName("target");
        target(article.id(), article.url(), article.contentHash(), a.span(), codePoints.toCodePoint(a.span().start()),
                codePoints.toCodePoint(a.span().end()), null);
        json.writeEndObject();
    }

    private void comment(AnnotationRecord on, CommentRecord c) {
        total++;
        json.writeStartObject();
        json.writeStringProperty("id", header.commentUri(c.id()));
        json.writeStringProperty("type", "Annotation");
        json.writeStringProperty("motivation", "replying");
        provenance(c.author(), c.createdAt(), c.updatedAt());
        json.writeObjectPropertyStart("body");
        json.writeStringProperty("type", "TextualBody");
        json.writeStringProperty("purpose", "commenting");
        json.writeStringProperty("value", c.body());
        json.writeStringProperty("format", "text/plain");
        json.writeEndObject();
        json.writeStringProperty("target", header.annotationUri(on.id()));
        json.writeEndObject();
    }

    private void target(long articleId, String url, String textHash, TextSpan span, int cpStart, int cpEnd,
                        Long fromAnnotation) {
        json.writeStartObject();
        json.writeStringProperty("type", "SpecificResource");
        json.writeStringProperty("source", header.articleUri(articleId));
        optional("scope", url);
        optional("issued", issued.get(articleId));
        optional("textHash", textHash);
        if (fromAnnotation != null) {
            json.writeStringProperty("fromAnnotation", header.annotationUri(fromAnnotation));
        }
        json.writeArrayPropertyStart("selector");
        json.writeStartObject();
        json.writeStringProperty("type", "TextQuoteSelector");
        json.writeStringProperty("exact", span.exact());
        json.writeStringProperty("prefix", span.prefix());
        json.writeStringProperty("suffix", span.suffix());
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringProperty("type", "TextPositionSelector");
        json.writeNumberProperty("start", cpStart);
        json.writeNumberProperty("end", cpEnd);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private void provenance(String author, Instant created, Instant modified) {
        if (author != null) {
            json.writeObjectPropertyStart("creator");
            json.writeStringProperty("type", "Person");
            json.writeStringProperty("nickname", author);
            json.writeEndObject();
        }
        json.writeStringProperty("created", created.toString());
        json.writeStringProperty("modified", modified.toString());
    }

    /** A W3C {@code TextualBody} with its {@code purpose}, plain text. */
    private void textualBody(String purpose, String value) {
        json.writeStartObject();
        json.writeStringProperty("type", "TextualBody");
        json.writeStringProperty("purpose", purpose);
        json.writeStringProperty("value", value);
        json.writeStringProperty("format", "text/plain");
        json.writeEndObject();
    }

    /**
     * What a quote or figure says, in words a person reads in another tool: "Speaker: Stéphane
     * Dujarric", "Figure: more than 1000 people injured". Null when there is nothing to say.
     */
    static String describe(AnnotationKind kind, AnnotationFields f) {
        return switch (kind) {
            case QUOTE -> f.speaker() == null || f.speaker().isBlank() ? null : "Speaker: " + f.speaker();
            case FIGURE -> {
                if (f.figureValue() == null) {
                    yield null;
                }
                StringBuilder b = new StringBuilder("Figure: ");
                if (f.figureQualifier() != null && f.figureQualifier() != org.crosscheck.annotation.FigureQualifier.NONE) {
                    b.append(f.figureQualifier().label()).append(' ');
                }
                b.append(ExportValues.plain(f.figureValue()));
                if (f.figureUnit() != null && !f.figureUnit().isBlank()) {
                    b.append(' ').append(f.figureUnit());
                }
                if (f.figureCounts() != null && !f.figureCounts().isBlank()) {
                    b.append(' ').append(f.figureCounts());
                }
                yield b.toString();
            }
            case NOTE, CUSTOM -> null;
        };
    }

    private void optional(String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }

    @Override
    public void finish() throws IOException {
        for (ContradictionRecord c : header.contradictions()) {
            total++;
            json.writeStartObject();
            json.writeStringProperty("id", header.contradictionUri(c.id()));
            json.writeStringProperty("type", "Annotation");
            json.writeStringProperty("motivation", "linking");
            provenance(c.author(), c.createdAt(), c.updatedAt());
            json.writeArrayPropertyStart("body");
            json.writeStartObject();
            json.writeStringProperty("type", "Contradiction");
            json.writeStringProperty("category", c.category().name());
            json.writeStringProperty("status", c.status().name());
            optional("note", c.note());
            optional("statusReason", c.statusReason());
            json.writeEndObject();
            textualBody("tagging", "Contradiction: " + c.category().label());
            if (c.note() != null && !c.note().isBlank()) {
                textualBody("commenting", c.note());
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("target");
            for (SpanRecord s : c.spans()) {
                ArticleSummary article = header.article(s.articleId());
                target(s.articleId(), article == null ? null : article.url(), textHashes.get(s.articleId()), s.span(), spanPositions.start(s),
                        spanPositions.end(s), s.annotationId());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeNumberProperty("total", total);
        json.writeEndObject();
        json.flush();
    }
}
