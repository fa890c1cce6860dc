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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Agreement · Crosscheck")
@PermitAll
public class AgreementView extends VerticalLayout implements BeforeEnterObserver {

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
        add(back, new H2("Agreement"));
        Paragraph how = new Paragraph("F1 pairs the assignees' marks of a kind that overlap (1: every mark has a partner); "
                + "Krippendorff's α compares what each marked, position by position, corrected for chance (1: the same; "
                + "0: no better than chance). Figures count once two assignees' marks are in.");
        how.addClassName("muted");
        add(how);
        List<ArticleAgreement> articles = curation.ofProject(projectId);
        if (articles.isEmpty()) {
            Paragraph none = new Paragraph("No article has two assignees yet. Assign articles to two reviewers and set the "
                    + "project to independent marking on its page.");
            none.addClassName("muted");
            add(none);
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("project-agreement");
        table.addClassName("agreement-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell("Article"), new NativeTableHeaderCell("Submitted"),
                new NativeTableHeaderCell("F1"), new NativeTableHeaderCell("α"), new NativeTableHeaderCell("")));
        NativeTableBody body = new NativeTableBody();
        for (ArticleAgreement a : articles) {
            body.add(new NativeTableRow(new NativeTableCell(a.article().title()),
                    new NativeTableCell(a.submitted() + " of " + a.assignees()),
                    new NativeTableCell(AgreementTable.number(a.agreement().overall().f1())),
                    new NativeTableCell(AgreementTable.number(a.agreement().overall().alpha())),
                    new NativeTableCell(new Anchor(pages.curate(a.article().id()), "Curate"))));
        }
        table.add(head, body);
        add(new Div(table));
    }
}
