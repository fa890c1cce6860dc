package org.crosscheck.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.NotFoundException;

/** Something asked for by id does not exist. */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends NotFoundOrDeniedView implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return status();
    }
}
