package org.crosscheck.curation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.curation.CurationService;
import org.crosscheck.curation.CurationService.ArticleAgreement;
import org.crosscheck.project.ProjectAccess;
import org.crosscheck.project.ProjectService;

import java.util.List;

/** A project's agreement, article by article (those with two or more assignees), with a link to curate each. Leads only. */
@Route("projects/:" + AgreementView.PROJECT_ID + "([0-9]{1,18})/agreement")
@PermitAll
public class AgreementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PROJECT_ID = "projectId";

    private final CurationService curation;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final Pages pages;

    AgreementView(CurationService curation, ProjectService projects, ProjectAccess access, Pages pages) {
        this.curation = curation;
        this.projects = projects;
        this.access = access;
        this.pages = pages;
        addClassNames("page", "agreement-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID).orElseThrow(() -> new NotFoundException("project", -1));
        var project = projects.get(projectId);
        if (!access.canLead(projectId)) {
            throw new NotFoundException("project", projectId);
        }
        removeAll();
        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        add(back, new H2(getTranslation("curation.agreement.title")));
        Paragraph how = new Paragraph(getTranslation("curation.agreement.how"));
        how.addClassName("muted");
        add(how);
        List<ArticleAgreement> articles = curation.ofProject(projectId);
        if (articles.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("curation.agreement.none"));
            none.addClassName("muted");
            add(none);
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("project-agreement");
        table.addClassName("agreement-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("curation.agreement.article")),
                new NativeTableHeaderCell(getTranslation("curation.agreement.submitted")),
                new NativeTableHeaderCell(getTranslation("curation.table.f1")),
                new NativeTableHeaderCell(getTranslation("curation.table.alpha")), new NativeTableHeaderCell("")));
        NativeTableBody body = new NativeTableBody();
        for (ArticleAgreement a : articles) {
            body.add(new NativeTableRow(new NativeTableCell(a.article().title()),
                    new NativeTableCell(getTranslation("curation.agreement.submitted-of", a.submitted(), a.assignees())),
                    new NativeTableCell(AgreementTable.number(a.agreement().overall().f1())),
                    new NativeTableCell(AgreementTable.number(a.agreement().overall().alpha())),
                    new NativeTableCell(new Anchor(pages.curate(a.article().id()), getTranslation("curation.agreement.curate")))));
        }
        table.add(head, body);
        add(new Div(table));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.agreement.title") + " · Crosscheck"; // not translated: the product's name
    }
}
