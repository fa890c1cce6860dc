package org.crosscheck.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** A service refused to show something to the caller during navigation. */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends NotFoundOrDeniedView implements HasErrorParameter<AccessDeniedException> {

    private static final Logger log = LoggerFactory.getLogger(AccessDeniedView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        log.info("Refused {}: {}", event.getLocation().getPath(), parameter.getException().getMessage());
        return status();
    }
}
