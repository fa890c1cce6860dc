package org.crosscheck.app;

import org.crosscheck.base.i18n.I18n;
import org.crosscheck.audit.AuditService;
import org.crosscheck.base.ui.Navigation;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The main menu: projects and the account for everyone; users for administrators; the audit trail for administrators and leads. */
@Component
class AppNavigation implements Navigation {

    private final Pages pages;
    private final AuditService audit;
    private final CurrentUser currentUser;

    private final org.crosscheck.notify.NotificationService notifications;
    private final org.crosscheck.account.AccountService accounts;
    private final org.crosscheck.collab.LiveUpdates live;

    AppNavigation(Pages pages, AuditService audit, CurrentUser currentUser,
                  org.crosscheck.notify.NotificationService notifications, org.crosscheck.account.AccountService accounts,
                  org.crosscheck.collab.LiveUpdates live) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.live = live;
        this.pages = pages;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(new Item(I18n.t("base.nav.projects"), pages.projects(), "nav-projects"));
        items.add(new Item(I18n.t("base.nav.assigned"), pages.assigned(), "nav-assigned"));
        if (currentUser.isAdmin()) {
            items.add(new Item(I18n.t("base.nav.users"), pages.users(), "nav-users"));
        }
        if (audit.mayRead()) {
            items.add(new Item(I18n.t("base.nav.audit"), pages.audit(), "nav-audit"));
        }
        items.add(new Item(I18n.t("base.nav.account"), pages.account(), "nav-account"));
        return items;
    }

    @Override
    public List<com.vaadin.flow.component.Component> tools() {
        return List.of(new org.crosscheck.notify.ui.NotificationBell(notifications, accounts, live));
    }
}
