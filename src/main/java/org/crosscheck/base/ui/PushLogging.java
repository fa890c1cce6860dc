package org.crosscheck.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's client sets its push library (Atmosphere) to log at debug level, which formats a console
 * line for every message pushed. On a busy article that was about 1 ms of the browser's main thread
 * per change (the many-readers benchmark's profile); info keeps connection troubles in the console.
 */
@Component
class PushLogging implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getPushConfiguration().setParameter("logLevel", "info"));
    }
}
