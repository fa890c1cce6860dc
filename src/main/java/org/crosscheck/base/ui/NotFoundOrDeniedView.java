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
        add(new H2(getTranslation("base.not-found.title")), new Paragraph(getTranslation("base.not-found.text")),
                new Anchor("", getTranslation("base.back-to-projects")));
    }

    /** The status both cases answer with. */
    static int status() {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
