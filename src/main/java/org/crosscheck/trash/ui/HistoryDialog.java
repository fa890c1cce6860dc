package org.crosscheck.trash.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.crosscheck.base.Texts;
import org.crosscheck.trash.AnnotationHistory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.base.i18n.I18n;
import java.util.stream.Collectors;

/**
 * An annotation's history: every version, newest first, with who made it, when and what changed.
 * A lead also gets the way to the full audit trail of it.
 */
public class HistoryDialog extends Dialog {

    /** {@code auditLink}: the audit trail of the annotation, for a lead; null for anyone else. */
    public HistoryDialog(String title, List<AnnotationHistory.Version> versions, String auditLink) {
        setHeaderTitle(getTranslation("trash.history.title", title));
        setId("history-dialog");
        Div list = new Div();
        list.addClassName("history-list");
        if (versions.isEmpty()) {
            Div none = new Div(getTranslation("trash.history.none"));
            none.addClassName("muted");
            list.add(none);
        }
        DateTimeFormatter time = I18n.dates("base.format.date-time-seconds", ZoneId.systemDefault());
        for (AnnotationHistory.Version v : versions.reversed()) {
            String who = v.username() == null ? getTranslation("trash.history.system") : Texts.isolate(v.who());
            Span head = new Span(getTranslation("trash.history.version", v.number(), action(v.action()), who,
                    time.format(v.at())));
            head.addClassName("history-head");
            Div row = new Div(head);
            row.addClassName("history-version");
            String changes = v.changes().stream().map(c -> label(c.field()) + ": " + change(v.action(), c))
                    .collect(Collectors.joining(" · "));
            if (!changes.isEmpty()) {
                Div what = new Div(changes);
                what.addClassNames("muted", "history-changes");
                row.add(what);
            }
            list.add(row);
        }
        add(list);
        if (auditLink != null) {
            Anchor audit = new Anchor(auditLink, getTranslation("trash.history.audit"));
            audit.setId("annotation-history-audit");
            add(audit);
        }
        Button close = new Button(getTranslation("base.action.close"), e -> close());
        close.setId("history-close");
        getFooter().add(close);
        setWidth("min(40rem, 95vw)");
    }

    private static String change(String action, AnnotationHistory.Change c) {
        if (action.equals("updated")) {
            return "“" + Texts.abbreviate(c.before() == null ? "" : c.before(), 80) + "” → “"
                    + Texts.abbreviate(c.after() == null ? "" : c.after(), 80) + "”";
        }
        String value = c.after() != null ? c.after() : c.before();
        return "“" + Texts.abbreviate(value, 80) + "”";
    }

    private static final Set<String> ACTIONS = Set.of("created", "updated", "deleted", "restored");
    private static final Set<String> FIELDS = Set.of("words", "speaker", "note", "figureValue", "figureQualifier",
            "figureCounts", "figureUnit");

    /** "updated" in the window's language; an action the history does not know, as the audit names it. */
    private static String action(String action) {
        return ACTIONS.contains(action) ? I18n.t("trash.history.action." + action) : action;
    }

    /**
     * "figureValue" → "figure value", in the window's language; a field of a project's kind (its
     * key or label, as the audit has it) as "figureValue" would be written out.
     */
    private static String label(String field) {
        if (FIELDS.contains(field)) {
            return I18n.t("trash.history.field." + field);
        }
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace('.', ' ');
    }
}
