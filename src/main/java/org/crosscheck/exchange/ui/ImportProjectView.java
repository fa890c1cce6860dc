package org.crosscheck.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.exchange.ImportService;

/** Imports a Crosscheck bundle (exported here or on another instance) as a new project led by the importer. */
@Route("projects/import")
@PageTitle("Import a project · Crosscheck")
@PermitAll
public class ImportProjectView extends VerticalLayout {

    ImportProjectView(ImportService imports, Pages pages) {
        addClassName("page");
        addClassName("exchange-view");
        Anchor back = new Anchor(pages.projects(), "← Projects");
        back.addClassName("back-link");
        Paragraph explain = new Paragraph("A Crosscheck bundle (the …-bundle-….zip a project's Export page makes) "
                + "becomes a new project that you lead, with its articles, annotations, comments, contradictions and "
                + "members. Authors who have no account here are attributed to you, their usernames kept. If "
                + "anything in the file is wrong, nothing is imported and you are told what.");
        explain.addClassName("muted");
        ImportOutcome outcome = new ImportOutcome();
        ImportUpload upload = new ImportUpload(imports.limits().maxImportSize().toBytes(),
                imports.formats().stream().filter(org.crosscheck.exchange.ImportFormat::makesProjects).toList(),
                imports::importAsNewProject,
                summary -> {
                    Anchor open = new Anchor(pages.project(summary.projectId()), "Open the imported project →");
                    open.setId("open-imported-project");
                    outcome.imported(summary, open);
                },
                outcome::refused);
        upload.setId("import-upload");
        Div card = ExchangeView.card("import-project");
        card.add(explain, upload, outcome);
        add(back, new H2("Import a project"), card);
    }
}
