package org.crosscheck.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An address that is no page of the app (a mistyped link, {@code /projects/abc}): the same page as
 * for a missing project, instead of Vaadin's developer page or the browser's bare error.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class RouteNotFoundView extends NotFoundOrDeniedView implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(RouteNotFoundView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.warn("No page at /{}", Texts.abbreviate(Texts.singleLine(event.getLocation().getPath()), 200));
        return status();
    }
}
