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
import java.util.stream.Collectors;

/**
 * An annotation's history: every version, newest first, with who made it, when and what changed.
 * A lead also gets the way to the full audit trail of it.
 */
public class HistoryDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** {@code auditLink}: the audit trail of the annotation, for a lead; null for anyone else. */
    public HistoryDialog(String title, List<AnnotationHistory.Version> versions, String auditLink) {
        setHeaderTitle("History of " + title);
        setId("history-dialog");
        Div list = new Div();
        list.addClassName("history-list");
        if (versions.isEmpty()) {
            Div none = new Div("No recorded versions (it was made before the audit trail was kept).");
            none.addClassName("muted");
            list.add(none);
        }
        for (AnnotationHistory.Version v : versions.reversed()) {
            Span head = new Span("Version " + v.number() + ": " + v.action() + " by " + Texts.isolate(v.who()) + ", "
                    + TIME.format(v.at()));
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
            Anchor audit = new Anchor(auditLink, "Open in the audit trail");
            audit.setId("annotation-history-audit");
            add(audit);
        }
        Button close = new Button("Close", e -> close());
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

    /** "figureValue" → "figure value". */
    private static String label(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace('.', ' ');
    }
}
