package org.crosscheck.exchange;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.OutputStream;

/** The W3C Web Annotation model, as JSON-LD: what other annotation tools read. */
@Component
@Order(1)
class W3cExport implements ExportFormat {

    @Override
    public String name() {
        return "w3c";
    }

    @Override
    public String label() {
        return "W3C Web Annotation (JSON-LD)";
    }

    @Override
    public String hint() {
        return "An AnnotationCollection in the W3C Web Annotation model (JSON-LD): quotes, figures and notes "
                + "with quote and position selectors (positions in Unicode code points), contradictions as linking "
                + "annotations, comments as replies. Other annotation tools read it.";
    }

    @Override
    public String extension(ExportOptions options) {
        return "jsonld";
    }

    @Override
    public String mediaType(ExportOptions options) {
        return "application/ld+json";
    }

    @Override
    public String fileSuffix(ExportOptions options) {
        return "-annotations";
    }

    @Override
    public ExportWriter writer(OutputStream out, ExportOptions options) {
        return new W3cWriter(out, ExchangeJson.MAPPER);
    }
}
