package org.crosscheck.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.audit.ActivitySentence;
import org.crosscheck.audit.AuditEntry;
import org.crosscheck.audit.AuditService;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.Texts;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.project.MemberSummary;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the team did in a project, newest first, for every member: who did what, when, and where
 * (a link to the article). Filtered by person and by kind of thing. Read from the audit trail, which
 * every change's domain event writes, without the client addresses only the trail's readers see.
 */
@Route("projects/:" + ActivityView.PROJECT_ID + "([0-9]{1,18})/activity")
@PermitAll
public class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String BRAND = " · Crosscheck"; // not translated: the product's name

    public static final String PROJECT_ID = "projectId";
    private static final int PAGE = 50;
    /** The kinds of things to filter by, by the key of their name; "everything" filters nothing. */
    private static final Map<String, String> FAMILIES = families();
    private static final String EVERYTHING = "everything";

    private final AuditService audit;
    private final ProjectService projects;
    private final Pages pages;
    private final Clock clock;
    private final Select<MemberSummary> person = new Select<>();
    private final Select<String> family = new Select<>();
    private final Div list = new Div();
    private final Button more = new Button(I18n.t("audit.activity.more"));
    private final Map<String, String> names = new HashMap<>();
    private ProjectSummary project;
    private Long oldestShown;

    ActivityView(AuditService audit, ProjectService projects, Pages pages, Clock clock) {
        this.audit = audit;
        this.projects = projects;
        this.pages = pages;
        this.clock = clock;
        addClassNames("page", "activity-view");
        person.setLabel(getTranslation("audit.activity.who"));
        person.setId("activity-person");
        person.setEmptySelectionAllowed(true);
        person.setEmptySelectionCaption(getTranslation("audit.activity.everyone"));
        person.setItemLabelGenerator(m -> m == null ? I18n.t("audit.activity.everyone") : m.user().displayName());
        family.setLabel(getTranslation("audit.activity.what"));
        family.setId("activity-family");
        family.setItems(FAMILIES.keySet());
        family.setItemLabelGenerator(name -> I18n.t("audit.activity.family." + name));
        family.setValue(EVERYTHING);
        person.addValueChangeListener(e -> reload());
        family.addValueChangeListener(e -> reload());
        list.setId("activity");
        list.addClassName("activity-list");
        more.setId("activity-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> append());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId = event.getRouteParameters().getLong(PROJECT_ID).orElseThrow(() -> new NotFoundException("project", -1));
        project = projects.get(projectId);
        List<MemberSummary> members = projects.members(projectId);
        names.clear();
        members.forEach(m -> names.put(m.user().username(), m.user().displayName()));
        person.setItems(members);
        removeAll();
        Anchor back = new Anchor(pages.project(projectId), "← " + project.name());
        back.addClassName("back-link");
        HorizontalLayout filters = new HorizontalLayout(person, family);
        filters.setWrap(true);
        add(back, new H2(getTranslation("audit.activity.title")), filters, list, more);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.activity.title") + (project == null ? "" : " · " + project.name()) + BRAND;
    }

    private void reload() {
        if (project == null) {
            return;
        }
        list.removeAll();
        oldestShown = null;
        append();
    }

    private void append() {
        MemberSummary who = person.getValue();
        List<AuditEntry> entries = audit.activity(project.id(), who == null ? null : who.user().username(),
                FAMILIES.get(family.getValue()), oldestShown, PAGE);
        for (AuditEntry e : entries) {
            list.add(row(e));
            oldestShown = e.seq();
        }
        if (list.getComponentCount() == 0) {
            Paragraph none = new Paragraph(getTranslation(who == null && EVERYTHING.equals(family.getValue())
                    ? "audit.activity.none" : "audit.activity.none-filtered"));
            none.addClassName("muted");
            list.add(none);
        }
        more.setVisible(entries.size() == PAGE);
    }

    private Div row(AuditEntry e) {
        Span who = new Span(names.getOrDefault(e.actor(), e.actor() == null ? getTranslation("audit.activity.someone")
                : e.actor()));
        who.addClassName("activity-who");
        Span what = new Span(" " + ActivitySentence.of(e, I18n.locale()));
        Div line = new Div(who, what);
        line.addClassName("activity-line");
        if (e.articleId() != null) {
            Anchor where = new Anchor(pages.article(e.articleId()), getTranslation("audit.activity.open"));
            where.addClassName("activity-where");
            line.add(new Span(" · "), where);
        }
        Span when = new Span(ago(Duration.between(e.occurredAt(), clock.instant())));
        when.addClassName("muted");
        Div row = new Div(line, when);
        row.addClassName("activity-row");
        return row;
    }

    private static Map<String, String> families() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(EVERYTHING, null);
        out.put("annotations", "annotation");
        out.put("comments", "comment");
        out.put("contradictions", "contradiction");
        out.put("articles", "article");
        out.put("members", "member");
        return out;
    }

    /** How long ago, as {@link Texts#ago} says it in English, in the window's language. */
    static String ago(Duration elapsed) {
        long s = Math.max(1, elapsed.getSeconds());
        if (s < 60) {
            return I18n.t("audit.ago.seconds", s);
        }
        if (s < 3600) {
            return I18n.t("audit.ago.minutes", s / 60);
        }
        if (s < 86_400) {
            return I18n.t("audit.ago.hours", s / 3600);
        }
        return I18n.t("audit.ago.days", s / 86_400);
    }
}
