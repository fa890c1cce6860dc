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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.i18n.I18n;
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
@PermitAll
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String BRAND = " · Crosscheck"; // not translated: the product's name

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
        Button allRead = new Button(getTranslation("notify.page.all-read"), e -> {
            notifications.markAllRead();
            draw();
        });
        allRead.setId("notifications-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div head = new Div(new H2(getTranslation("notify.page.title")), allRead);
        head.addClassName("notifications-head");

        RadioButtonGroup<MailChoice> email = new RadioButtonGroup<>(getTranslation("notify.page.by-email"));
        email.setId("notifications-email");
        email.setItems(MailChoice.values());
        email.setItemLabelGenerator(choice -> I18n.t("notify.mail-choice." + choice.name()));
        email.setValue(notifications.mailChoice());
        email.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                notifications.chooseMail(e.getValue());
                Notifications.success(getTranslation("notify.mail-choice.chosen." + e.getValue().name()));
            }
        });
        Paragraph mailHint = new Paragraph(getTranslation(mail.getIfAvailable() == null ? "notify.page.no-smtp"
                : "notify.page.mail-hint"));
        mailHint.addClassName("muted");
        add(head, list, new H3(getTranslation("notify.page.email")), email, mailHint);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.page.title") + BRAND;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        if (id.isPresent()) {
            NotificationDetails opened;
            try {
                opened = notifications.open(id.get());
            } catch (NotFoundException e) {
                Notifications.hint(getTranslation("notify.page.gone"));
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

    /** How long ago, as {@code Texts.ago} says it in English, in the window's language. */
    private String ago(Duration elapsed) {
        long s = Math.max(1, elapsed.getSeconds());
        if (s < 60) {
            return getTranslation("notify.ago.seconds", s);
        }
        if (s < 3600) {
            return getTranslation("notify.ago.minutes", s / 60);
        }
        if (s < 86_400) {
            return getTranslation("notify.ago.hours", s / 3600);
        }
        return getTranslation("notify.ago.days", s / 86_400);
    }

    private void draw() {
        list.removeAll();
        var mine = notifications.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notify.page.none"));
            none.addClassName("muted");
            list.add(none);
            return;
        }
        for (NotificationDetails n : mine) {
            Anchor row = new Anchor(NotificationLinks.PAGE + "/" + n.id(), "");
            row.addClassNames("notification", n.read() ? "read" : "unread");
            Span text = new Span(n.message(I18n.locale()));
            text.addClassName("notification-text");
            Span when = new Span(ago(Duration.between(n.createdAt(), clock.instant())));
            when.addClassName("muted");
            row.add(text, when);
            list.add(row);
        }
    }
}
