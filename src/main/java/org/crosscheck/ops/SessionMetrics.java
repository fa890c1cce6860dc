package org.crosscheck.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What is open on this node: {@value #SESSIONS}, the browser sessions (Vaadin's, one per browser,
 * signed in or at the sign-in page), and {@value #VIEWS}, their open pages (a tab is one until
 * it is closed, or Vaadin gives it up after three missed heartbeats). The API keeps no sessions.
 */
@Component
class SessionMetrics implements VaadinServiceInitListener {

    static final String SESSIONS = "crosscheck.sessions.open";
    static final String VIEWS = "crosscheck.views.open";

    private final AtomicLong sessions = new AtomicLong();
    private final AtomicLong views = new AtomicLong();

    SessionMetrics(MeterRegistry meters) {
        Gauge.builder(SESSIONS, sessions, AtomicLong::get).description("Open browser sessions on this node")
                .register(meters);
        Gauge.builder(VIEWS, views, AtomicLong::get).description("Open pages (Vaadin UIs) on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            views.incrementAndGet();
            init.getUI().addDetachListener(detach -> views.decrementAndGet());
        });
    }
}
