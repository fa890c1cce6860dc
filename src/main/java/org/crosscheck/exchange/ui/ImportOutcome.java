package org.crosscheck.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.crosscheck.exchange.ImportSummary;

/** Where an import's page tells how it went: the summary, or why the file was refused. */
class ImportOutcome extends Div {

    ImportOutcome() {
        setId("import-outcome");
    }

    void imported(ImportSummary summary, Component... after) {
        removeAll();
        add(new ImportSummaryView(summary));
        add(after);
    }

    void refused(String reason) {
        removeAll();
        Paragraph error = new Paragraph(reason);
        error.addClassName("import-error");
        error.setId("import-error");
        add(error);
    }
}
