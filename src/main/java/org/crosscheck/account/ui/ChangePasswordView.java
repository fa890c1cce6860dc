package org.crosscheck.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccountService;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;

/** Where a user with a new or reset account chooses their own password; nothing else opens before that. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts, Pages pages) {
        addClassName("page");
        boolean must = accounts.mustChangePassword();
        Paragraph why = new Paragraph(must
                ? getTranslation("account.password.must-why") : getTranslation("account.password.may-why"));
        why.setId("password-why");
        add(new H2(getTranslation(must ? "account.password.must-title" : "account.password.may-title")), why,
                new ChangePasswordForm(accounts, () -> {
                    Notifications.success(getTranslation("account.password.changed"));
                    pages.go(UI.getCurrent(), pages.projects());
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.must-title") + " · Crosscheck";
    }
}
