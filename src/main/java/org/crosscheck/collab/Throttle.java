package org.crosscheck.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.time.Duration;

/**
 * Runs a view's action at most once per interval: the first request runs it at once, requests
 * within the interval after that fold into one run at its end. For work that others' changes
 * trigger and that need not follow each one (a list fetched again), so that ten changes a second
 * cost each open screen one refresh a second, not ten. Used in the UI's thread only.
 */
public final class Throttle {

    private final LiveUpdates liveUpdates;
    private final Duration interval;
    private final Runnable action;
    private long lastRun;
    private boolean ran;
    private Registration pending;

    public Throttle(LiveUpdates liveUpdates, Duration interval, Runnable action) {
        this.liveUpdates = liveUpdates;
        this.interval = interval;
        this.action = action;
    }

    /** Runs the action now, or once when the interval since the last run is over. */
    public void request(UI ui) {
        if (pending != null) {
            return; // a run is already due: it will see this change too
        }
        long wait = ran ? lastRun + interval.toNanos() - System.nanoTime() : 0;
        if (wait <= 0) {
            run();
        } else {
            pending = liveUpdates.later(ui, Duration.ofNanos(wait), () -> {
                pending = null;
                run();
            });
        }
    }

    /** Runs the action now (the user's own change), and any run still due is no longer needed. */
    public void now() {
        if (pending != null) {
            pending.remove();
            pending = null;
        }
        run();
    }

    private void run() {
        ran = true;
        lastRun = System.nanoTime();
        action.run();
    }
}
