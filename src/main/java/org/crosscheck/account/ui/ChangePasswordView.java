package org.crosscheck.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.account.AccountService;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;

/** Where a user with a new or reset account chooses their own password; nothing else opens before that. */
@Route("account/password")
@PageTitle("Choose your password · Crosscheck")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    ChangePasswordView(AccountService accounts, Pages pages) {
        addClassName("page");
        boolean must = accounts.mustChangePassword();
        Paragraph why = new Paragraph(must
                ? "An administrator set your password. Choose your own before you go on."
                : "Choose a new password.");
        why.setId("password-why");
        add(new H2(must ? "Choose your password" : "Change your password"), why,
                new ChangePasswordForm(accounts, () -> {
                    Notifications.success("Your password is changed.");
                    pages.go(UI.getCurrent(), pages.projects());
                }));
    }
}
