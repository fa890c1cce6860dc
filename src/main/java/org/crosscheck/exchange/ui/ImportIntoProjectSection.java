package org.crosscheck.exchange.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.crosscheck.exchange.ImportService;
import org.crosscheck.project.ProjectSummary;

/** A lead's import into this project: a bundle into an empty project, or W3C annotations onto its articles. */
class ImportIntoProjectSection extends Div {

    ImportIntoProjectSection(ProjectSummary project, ImportService imports, org.crosscheck.base.PublicUrl publicUrl) {
        addClassName("exchange-card");
        setId("import-section");
        Paragraph explain = new Paragraph(getTranslation("exchange.import.explain"));
        explain.addClassName("muted");
        ImportOutcome outcome = new ImportOutcome();
        ImportUpload upload = new ImportUpload(imports.limits().maxImportSize().toBytes(), imports.formats(),
                file -> imports.importInto(project.id(), file, base(publicUrl)), outcome::imported, outcome::refused);
        upload.setId("import-upload");
        add(new H3(getTranslation("exchange.import.heading")), explain, upload, outcome);
    }

    /** This instance's address: our own exported targets name it. */
    private static String base(org.crosscheck.base.PublicUrl publicUrl) {
        return BaseUrl.of(publicUrl, com.vaadin.flow.server.VaadinRequest.getCurrent());
    }
}
