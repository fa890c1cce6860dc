package org.crosscheck.exchange;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.OutputStream;

/** Everything of the project, for another project or another Crosscheck to import. */
@Component
@Order(3)
class BundleExport implements ExportFormat {

    @Override
    public String name() {
        return "bundle";
    }

    @Override
    public String label() {
        return "Crosscheck bundle (to import elsewhere)";
    }

    @Override
    public String hint() {
        return "Everything, to import into another project or another Crosscheck: articles with their "
                + "original and text, annotations, comments, contradictions and members.";
    }

    @Override
    public String extension(ExportOptions options) {
        return "zip";
    }

    @Override
    public String mediaType(ExportOptions options) {
        return "application/zip";
    }

    @Override
    public String fileSuffix(ExportOptions options) {
        return "-bundle";
    }

    @Override
    public boolean needsOriginals() {
        return true;
    }

    @Override
    public ExportWriter writer(OutputStream out, ExportOptions options) {
        return new BundleWriter(out, ExchangeJson.MAPPER);
    }
}
