package org.crosscheck.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.crosscheck.account.AccountEvents.UserEnabledChanged;
import org.crosscheck.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends the open browser sessions of an account the moment it is disabled: every open page of it on
 * this node is sent to the login page through its push connection, and the request for that page
 * ends the session. On other nodes the session ends at its next request ({@code DisabledAccountFilter}).
 */
@Component
class DisabledAccountSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DisabledAccountSessions.class);

    private final CurrentUser currentUser;
    private final Map<String, Set<UI>> open = new ConcurrentHashMap<>();

    DisabledAccountSessions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            currentUser.username().ifPresent(username -> {
                open.computeIfAbsent(username, k -> ConcurrentHashMap.newKeySet()).add(ui);
                ui.addDetachListener(detach -> open.computeIfPresent(username, (k, uis) -> {
                    uis.remove(ui);
                    return uis.isEmpty() ? null : uis;
                }));
            });
        });
    }

    @TransactionalEventListener
    void disabled(UserEnabledChanged event) {
        if (event.enabledAfter()) {
            return;
        }
        Set<UI> uis = open.remove(event.username());
        if (uis == null) {
            return;
        }
        log.info("Account '{}' disabled: ending {} open page(s)", event.username(), uis.size());
        for (UI ui : uis) {
            // Only the page is moved here: invalidating the session now would end it before the push is
            // sent. The login page's request ends the session (DisabledAccountFilter).
            ui.access(() -> ui.getPage().setLocation("/login"));
        }
    }
}
