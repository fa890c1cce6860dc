package org.crosscheck.base.ui;

import org.crosscheck.base.i18n.I18n;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.crosscheck.base.BadRequestException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.crosscheck.base.MissingRightException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns an exception from a click or a save into a message the user can act on, and logs it. A
 * refused or failed action changes nothing: the service's transaction has rolled back.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootDomainCause(event.getThrowable());
        String message;
        if (cause instanceof DomainException domain) {
            log.info("Refused: {}", domain.getMessage());
            message = domain.message(I18n.locale());
        } else if (cause instanceof MissingRightException missing) {
            log.info("Refused for a missing right: {}", missing.getMessage());
            message = missing.getMessage();
        } else if (cause instanceof AccessDeniedException) {
            log.warn("Access denied: {}", cause.getMessage());
            message = I18n.t("base.error.denied");
        } else if (cause instanceof BadRequestException) {
            // A forged or broken client: worth a line in the log, not a stack trace.
            log.warn("Refused a malformed request: {}", cause.getMessage());
            message = I18n.t("base.error.malformed");
        } else if (cause instanceof NotFoundException) {
            log.info("Gone: {}", cause.getMessage());
            // Worded for both cases it stands for, which it must not tell apart: deleted, or out of reach.
            message = I18n.t("base.error.gone");
        } else if (cause instanceof OptimisticLockingFailureException) {
            log.info("Concurrent edit: {}", cause.getMessage());
            message = I18n.t("base.error.concurrent");
        } else {
            log.error("Unexpected error", event.getThrowable());
            message = I18n.t("base.error.unexpected");
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(message));
        }
    }

    static void show(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
    }

    private static Throwable rootDomainCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException || c instanceof AccessDeniedException || c instanceof NotFoundException
                    || c instanceof OptimisticLockingFailureException || c instanceof BadRequestException) {
                return c;
            }
        }
        return t;
    }
}
