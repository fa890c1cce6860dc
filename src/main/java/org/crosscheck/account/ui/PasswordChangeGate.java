package org.crosscheck.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.crosscheck.account.AccountService;
import org.crosscheck.security.CurrentUser;
import org.crosscheck.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * Sends a user who must choose their own password (a new account, or one an administrator reset)
 * to {@link ChangePasswordView} from any page, until they have. The API's door is closed too:
 * such a user may not make a token before changing it (AccessTokenService).
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeGate(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || currentUser.username().isEmpty()) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
