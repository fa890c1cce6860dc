package org.crosscheck.notify.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.base.ui.Notifications;
import org.crosscheck.base.ui.Pages;
import org.crosscheck.notify.MailChoice;
import org.crosscheck.notify.NotificationDetails;
import org.crosscheck.notify.NotificationLinks;
import org.crosscheck.notify.NotificationReason;
import org.crosscheck.notify.NotificationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;
import java.time.Duration;

/**
 * The caller's notifications, newest first, and their e-mail choice. {@code /notifications/12}
 * (the link of an e-mail) marks notification 12 read and goes where it points.
 */
@Route(NotificationLinks.PAGE + "/:" + NotificationsView.ID + "?([0-9]{1,18})")
@PageTitle("Notifications · Crosscheck")
@PermitAll
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver {

    static final String ID = "notificationId";

    private final NotificationService notifications;
    private final Pages pages;
    private final Clock clock;
    private final Div list = new Div();

    NotificationsView(NotificationService notifications, Pages pages, Clock clock, ObjectProvider<JavaMailSender> mail) {
        this.notifications = notifications;
        this.pages = pages;
        this.clock = clock;
        addClassNames("page", "notifications-view");
        list.setId("notifications");
        list.addClassName("notification-list");
        Button allRead = new Button("Mark all as read", e -> {
            notifications.markAllRead();
            draw();
        });
        allRead.setId("notifications-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div head = new Div(new H2("Notifications"), allRead);
        head.addClassName("notifications-head");

        RadioButtonGroup<MailChoice> email = new RadioButtonGroup<>("By e-mail");
        email.setId("notifications-email");
        email.setItems(MailChoice.values());
        email.setItemLabelGenerator(MailChoice::label);
        email.setValue(notifications.mailChoice());
        email.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                notifications.chooseMail(e.getValue());
                Notifications.success("E-mail: " + e.getValue().label().toLowerCase(java.util.Locale.ROOT) + ".");
            }
        });
        Paragraph mailHint = new Paragraph(mail.getIfAvailable() == null
                ? "This server sends no e-mail (its operator has not set up SMTP); your choice applies once it does."
                : "Mentions, replies in your threads, articles assigned to you and the outcome of checking your work. "
                + "An e-mail says what happened and links here; it never holds a comment or annotated text.");
        mailHint.addClassName("muted");
        add(head, list, new H3("E-mail"), email, mailHint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        if (id.isPresent()) {
            NotificationDetails opened;
            try {
                opened = notifications.open(id.get());
            } catch (NotFoundException e) {
                Notifications.hint("That notification is not there any more.");
                draw();
                return;
            }
            Location target = new Location(target(opened));
            event.forwardTo(target.getPath(), target.getQueryParameters());
            return;
        }
        draw();
    }

    private String target(NotificationDetails n) {
        if (n.articleId() == null) {
            return pages.project(n.projectId());
        }
        if (n.reason() == NotificationReason.CHECKED) {
            return pages.check(n.articleId());
        }
        return n.annotationId() != null ? pages.annotation(n.articleId(), n.annotationId()) : pages.article(n.articleId());
    }

    private void draw() {
        list.removeAll();
        var mine = notifications.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("Nothing yet. You are told here when someone mentions you (@username), "
                    + "replies in your threads, assigns you an article or checks your work.");
            none.addClassName("muted");
            list.add(none);
            return;
        }
        for (NotificationDetails n : mine) {
            Anchor row = new Anchor(NotificationLinks.PAGE + "/" + n.id(), "");
            row.addClassNames("notification", n.read() ? "read" : "unread");
            Span text = new Span(n.message());
            text.addClassName("notification-text");
            Span when = new Span(Texts.ago(Duration.between(n.createdAt(), clock.instant())));
            when.addClassName("muted");
            row.add(text, when);
            list.add(row);
        }
    }
}
