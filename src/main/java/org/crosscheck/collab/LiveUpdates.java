package org.crosscheck.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crosscheck.base.LiveChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;

/**
 * Tells open views about changes once they are committed, so a rolled-back change is never shown.
 * Each subscriber gets its changes in batches: a burst of changes while one update is being
 * delivered becomes one {@code UI.access} with all of them, not one per change.
 * <p>
 * Deliveries run on threads of their own, never on the thread that committed: {@code UI.access}
 * runs the view's update at once when the session is free, and the push to that browser follows
 * it. On the committing thread that meant a writer's request did every open reader's work, one
 * after the other, while still holding its database connection (the connection is given back
 * only after the after-commit callbacks), and a browser slow to read its push held the writer
 * and the connection for as long. Twenty readers emptied the connection pool that way.
 */
@Service
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> relays = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final SimpleAsyncTaskExecutor delivery = new SimpleAsyncTaskExecutor("live-update-");
    /**
     * How many changes this node has handed out, per topic: a fixed table that topics share by hash,
     * so it never grows. Sharing only makes a count go up for a change of another topic, which a
     * caller reads as "maybe changed" (see {@link #seen}).
     */
    private final AtomicLongArray seen = new AtomicLongArray(4096);
    private final TaskScheduler scheduler;
    /** Changes handed to views (one per change and view), and how long after its commit each got there; by origin. */
    private final Counter localDeliveries;
    private final Counter relayedDeliveries;
    private final Timer localLatency;
    private final Timer relayedLatency;

    LiveUpdates(TaskScheduler scheduler) {
        this(scheduler, new SimpleMeterRegistry());
    }

    @Autowired
    LiveUpdates(TaskScheduler scheduler, MeterRegistry meters) {
        this.scheduler = scheduler;
        this.localDeliveries = deliveries(meters, "local");
        this.relayedDeliveries = deliveries(meters, "relayed");
        this.localLatency = latency(meters, "local");
        this.relayedLatency = latency(meters, "relayed");
        // One short-lived virtual thread per delivery: a reader whose browser is slow holds only its own.
        delivery.setVirtualThreads(true);
        delivery.setTaskTerminationTimeout(5_000);
    }

    private static Counter deliveries(MeterRegistry meters, String origin) {
        return Counter.builder("crosscheck.live.deliveries").tag("origin", origin)
                .description("Changes handed to open views (one per change and view): local from this node's commits, "
                        + "relayed from other nodes'").register(meters);
    }

    private static Timer latency(MeterRegistry meters, String origin) {
        return Timer.builder("crosscheck.live.delivery.latency").tag("origin", origin)
                .description("From a change's commit to its view's update (relayed: across nodes' clocks)")
                .publishPercentileHistogram().minimumExpectedValue(java.time.Duration.ofMillis(1))
                .maximumExpectedValue(java.time.Duration.ofSeconds(30)).register(meters);
    }

    /** A change waiting for its view, with when it was committed (on this node's {@code System.nanoTime}). */
    private record Pending(Change change, long committedNanos, boolean relayed) {
    }

    /** A view's subscription: the changes not yet delivered, and whether a delivery is scheduled. */
    private final class Subscriber {
        private final UI ui;
        private final Consumer<List<Change>> listener;
        private final List<Pending> pending = new ArrayList<>();
        private boolean scheduled;

        Subscriber(UI ui, Consumer<List<Change>> listener) {
            this.ui = ui;
            this.listener = listener;
        }

        /** Queues the change; the first one of a batch schedules its delivery, the others join it. */
        boolean offer(Pending change) {
            synchronized (this) {
                pending.add(change);
                if (scheduled) {
                    return false;
                }
                scheduled = true;
                return true;
            }
        }

        /** In the UI's session lock: everything queued so far, in one update. */
        void deliver() {
            List<Pending> batch;
            synchronized (this) {
                batch = List.copyOf(pending);
                pending.clear();
                scheduled = false;
            }
            listener.accept(batch.stream().map(Pending::change).toList());
            long now = System.nanoTime();
            for (Pending p : batch) {
                (p.relayed() ? relayedDeliveries : localDeliveries).increment();
                (p.relayed() ? relayedLatency : localLatency).record(Math.max(0, now - p.committedNanos()), TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Delivers changes of {@code topic} to the listener, in the UI's thread, until the registration is removed. */
    public Registration subscribe(String topic, UI ui, Consumer<List<Change>> listener) {
        Subscriber subscriber = new Subscriber(ui, listener);
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArraySet<>()).add(subscriber);
        return () -> {
            Set<Subscriber> set = subscribers.get(topic);
            if (set != null) {
                set.remove(subscriber);
            }
        };
    }

    /**
     * Runs {@code action} in {@code ui}'s session after {@code delay} (on a delivery thread: the
     * scheduler's own thread is not held by a view's work or a slow push). Nothing happens if the UI
     * has gone by then or the returned registration was removed.
     */
    public Registration later(UI ui, Duration delay, Runnable action) {
        ScheduledFuture<?> due = scheduler.schedule(() -> accessOffThread(ui, action::run, () -> {
        }), Instant.now().plus(delay));
        return () -> due.cancel(false);
    }

    /** Runs {@code command} in {@code ui}'s session on a delivery thread; {@code gone} if the UI has gone. */
    private void accessOffThread(UI ui, Command command, Runnable gone) {
        delivery.execute(() -> {
            try {
                ui.access(command);
            } catch (UIDetachedException | IllegalStateException e) {
                // A UI that is gone (session expired, browser closed): nothing to show any more.
                log.debug("An update found its view gone: {}", e.toString());
                gone.run();
            }
        });
    }

    /**
     * A count that goes up with every change of {@code topic} this node hands out (and may go up with
     * others). What a page read from the database after taking {@code seen(topic)} = n holds every
     * change counted up to n; a subscription made before taking m is told every change counted after
     * m. So a snapshot read with n ≥ m, followed by that subscription's changes, misses nothing.
     */
    public long seen(String topic) {
        return seen.get(slot(topic));
    }

    private int slot(String topic) {
        return Math.floorMod(topic.hashCode(), seen.length());
    }

    /** Another way out for committed changes (the relay to other nodes). */
    void addRelay(Consumer<Change> relay) {
        relays.add(relay);
    }

    /**
     * Relayed inside the transaction: PostgreSQL delivers a NOTIFY when, and only if, the transaction
     * commits, and sending it on the transaction's own connection spares a second connection and
     * round trip per change.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void committing(LiveChange event) {
        if (relays.isEmpty()) {
            return;
        }
        for (String topic : event.topics()) {
            Change change = new Change(topic, event.entity(), event.entityId(), event.byUserId(), event.done());
            relays.forEach(relay -> relay.accept(change));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(LiveChange event) {
        for (String topic : event.topics()) {
            deliverLocally(new Change(topic, event.entity(), event.entityId(), event.byUserId(), event.done()));
        }
    }

    /** Hands a change committed on this node just now to this node's subscribers. */
    void deliverLocally(Change change) {
        deliver(new Pending(change, System.nanoTime(), false));
    }

    /**
     * Hands a change relayed from another node to this node's subscribers; {@code committedAtMillis}
     * is the other node's clock when it committed, null from a node that does not say.
     */
    void deliverRelayed(Change change, Long committedAtMillis) {
        long ago = committedAtMillis == null ? 0 : Math.max(0, System.currentTimeMillis() - committedAtMillis);
        deliver(new Pending(change, System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(ago), true));
    }

    private void deliver(Pending pending) {
        Change change = pending.change();
        // Counted before the subscribers are looked up: see seen().
        seen.incrementAndGet(slot(change.topic()));
        Set<Subscriber> set = subscribers.get(change.topic());
        if (set == null) {
            return;
        }
        for (Subscriber subscriber : set) {
            if (subscriber.offer(pending)) {
                // A UI that is gone leaves; the others still get the change.
                accessOffThread(subscriber.ui, subscriber::deliver, () -> set.remove(subscriber));
            }
        }
    }

    @Override
    public void destroy() {
        delivery.close();
    }
}
