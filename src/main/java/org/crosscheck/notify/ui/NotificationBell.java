package org.crosscheck.notify.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.crosscheck.account.AccountService;
import org.crosscheck.base.LiveChange;
import org.crosscheck.collab.LiveUpdates;
import org.crosscheck.notify.NotificationLinks;
import org.crosscheck.notify.NotificationService;

import java.util.ArrayList;
import java.util.List;

/**
 * The bell in the top bar: a link to the Notifications page with the number of unread ones, kept
 * live (a notification raised on any node reaches it through the user's own topic) and read again
 * after each navigation (reading them on the page lowers it).
 */
public class NotificationBell extends Anchor {

    private final NotificationService notifications;
    private final AccountService accounts;
    private final LiveUpdates live;
    private final Span count = new Span();
    private final List<Registration> registrations = new ArrayList<>();

    public NotificationBell(NotificationService notifications, AccountService accounts, LiveUpdates live) {
        super(NotificationLinks.PAGE, "");
        this.notifications = notifications;
        this.accounts = accounts;
        this.live = live;
        setId("notification-bell");
        addClassName("notification-bell");
        count.setId("notification-count");
        count.addClassName("notification-count");
        add(VaadinIcon.BELL.create(), count);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        long me = accounts.me().id();
        registrations.add(live.subscribe(LiveChange.user(me), event.getUI(), changes -> refresh()));
        registrations.add(event.getUI().addAfterNavigationListener(e -> refresh()));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
        super.onDetach(event);
    }

    private void refresh() {
        long unread = notifications.unread();
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", unread == 0 ? getTranslation("notify.bell")
                : getTranslation("notify.bell.unread", unread));
        getElement().setAttribute("title", unread == 0 ? getTranslation("notify.bell")
                : getTranslation("notify.bell.unread-title", unread));
    }
}
