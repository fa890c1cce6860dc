package org.crosscheck.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.exchange.ImportService;

/** Imports a Crosscheck bundle (exported here or on another instance) as a new project led by the importer. */
@Route("projects/import")
@PermitAll
public class ImportProjectView extends VerticalLayout implements HasDynamicTitle {

    private static final String BRAND = " · Crosscheck"; // not translated: the product's name

    ImportProjectView(ImportService imports, Pages pages) {
        addClassName("page");
        addClassName("exchange-view");
        Anchor back = new Anchor(pages.projects(), getTranslation("exchange.import-project.back"));
        back.addClassName("back-link");
        Paragraph explain = new Paragraph(getTranslation("exchange.import-project.explain"));
        explain.addClassName("muted");
        ImportOutcome outcome = new ImportOutcome();
        ImportUpload upload = new ImportUpload(imports.limits().maxImportSize().toBytes(),
                imports.formats().stream().filter(org.crosscheck.exchange.ImportFormat::makesProjects).toList(),
                imports::importAsNewProject,
                summary -> {
                    Anchor open = new Anchor(pages.project(summary.projectId()), getTranslation("exchange.import-project.open"));
                    open.setId("open-imported-project");
                    outcome.imported(summary, open);
                },
                outcome::refused);
        upload.setId("import-upload");
        Div card = ExchangeView.card("import-project");
        card.add(explain, upload, outcome);
        add(back, new H2(getTranslation("exchange.import-project.title")), card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.import-project.title") + BRAND;
    }
}
