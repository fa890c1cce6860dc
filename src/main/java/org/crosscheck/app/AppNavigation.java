package org.crosscheck.app;

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

    AppNavigation(Pages pages, AuditService audit, CurrentUser currentUser) {
        this.pages = pages;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Override
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Projects", pages.projects(), "nav-projects"));
        items.add(new Item("Assigned to me", pages.assigned(), "nav-assigned"));
        if (currentUser.isAdmin()) {
            items.add(new Item("Users", pages.users(), "nav-users"));
        }
        if (audit.mayRead()) {
            items.add(new Item("Audit", pages.audit(), "nav-audit"));
        }
        items.add(new Item("Account", pages.account(), "nav-account"));
        return items;
    }
}
