package org.crosscheck.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.crosscheck.account.AccountService;
import org.crosscheck.base.i18n.Messages;
import org.crosscheck.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Shows each window in the language its user chose on the Account page; without a choice, Vaadin
 * has already taken the browser's (the first of its languages that the bundles have, else English).
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    UserLanguage(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        if (!currentUser.username().isEmpty()) {
            accounts.myLanguage().ifPresent(language -> {
                ui.setLocale(language);
                // Also for what runs outside the window (the error handler, uploads): they read the session's.
                ui.getSession().setLocale(language);
            });
        }
        // The page says which language it is in: screen readers pick their voice by it, the browser
        // its hyphenation (an article's text says its own).
        ui.getPage().executeJs("document.documentElement.lang = $0", Messages.supported(ui.getLocale()).getLanguage());
    }
}
