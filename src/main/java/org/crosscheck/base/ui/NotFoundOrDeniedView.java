package org.crosscheck.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user sees for an id that does not exist and for one they may not open: the same page,
 * so that probing ids reveals nothing about other projects.
 */
abstract class NotFoundOrDeniedView extends VerticalLayout {

    NotFoundOrDeniedView() {
        setId("not-found");
        addClassName("message-page");
        add(new H2("Not found"),
                new Paragraph("This page does not exist, or you do not have access to it. "
                        + "If someone shared the link with you, ask a lead of the project to add you as a member."),
                new Anchor("", "Back to your projects"));
    }

    /** The status both cases answer with. */
    static int status() {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
