package org.crosscheck.exchange;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/** W3C Web Annotation JSON-LD (ours, Hypothesis', any tool's): annotations onto the project's articles. */
@Component
@Order(2)
class W3cImport implements ImportFormat {

    private final W3cImporter w3c;
    private final ExchangeLimits limits;

    W3cImport(W3cImporter w3c, ExchangeLimits limits) {
        this.w3c = w3c;
        this.limits = limits;
    }

    @Override
    public String name() {
        return "w3c";
    }

    @Override
    public String label() {
        return "W3C Web Annotation (JSON-LD)";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/ld+json", "application/json");
    }

    @Override
    public List<String> extensions() {
        return List.of(".jsonld", ".json");
    }

    /** Whatever is not a zip is read as JSON, and refused with the reason when it is not W3C annotations. */
    @Override
    public boolean recognises(ImportFile file) throws IOException {
        return !file.looksLikeZip();
    }

    @Override
    public ImportSummary importInto(long projectId, ImportFile file, String baseUrl) {
        if (file.size() > limits.maxEntrySize().toBytes()) {
            throw new ImportFile.TooLargeException("exchange.import.w3c-too-large",
                    limits.maxEntrySize().toMegabytes());
        }
        return w3c.importInto(projectId, file.path(), baseUrl.endsWith("/")
                ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
    }
}
