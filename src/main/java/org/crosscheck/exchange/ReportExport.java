package org.crosscheck.exchange;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;

/** One HTML page to read or print. */
@Component
@Order(4)
class ReportExport implements ExportFormat {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public boolean showsChecks() {
        return true;
    }

    @Override
    public String label() {
        return "Report (HTML, printable)";
    }

    @Override
    public String hint() {
        return "One HTML page to read or print to PDF: a summary, each article with its highlights, the "
                + "contradictions side by side and the figures per outlet.";
    }

    @Override
    public String extension(ExportOptions options) {
        return "html";
    }

    @Override
    public String mediaType(ExportOptions options) {
        return "text/html;charset=UTF-8";
    }

    @Override
    public String fileSuffix(ExportOptions options) {
        return "-report";
    }

    @Override
    public ExportWriter writer(OutputStream out, ExportOptions options) throws IOException {
        return new ReportWriter(out);
    }
}
