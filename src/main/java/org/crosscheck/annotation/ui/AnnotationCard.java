package org.crosscheck.annotation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.base.Texts;

/** One annotation as the side panel shows it: kind, the marked words, what it says, remark and author. */
public class AnnotationCard extends Div {

    public AnnotationCard(AnnotationDetails a) {
        addClassName("annotation-card");
        Span kind = new Span(KindNames.of(a.description()));
        kind.addClassName("badge");
        kind.addClassNames(a.description().cssClass().split(" "));
        Div exact = new Div("“" + a.span().exact() + "”");
        exact.addClassName("details-exact");
        Div summary = new Div(KindNames.summary(a));
        summary.addClassName("details-summary");
        summary.setId("details-summary");
        add(kind, exact, summary);
        if (a.fields().note() != null && a.kind() != AnnotationKind.NOTE) {
            Div note = new Div(a.fields().note());
            note.addClassName("details-note");
            add(note);
        }
        Div by = new Div(a.author() == null ? getTranslation("annotation.card.by-former-member")
                : getTranslation("annotation.card.by", Texts.isolate(a.author().displayName())));
        by.addClassName("muted");
        add(by);
    }
}
