package org.crosscheck.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.crosscheck.base.LiveChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Tells open views about changes once they are committed, so a rolled-back change is never shown.
 * Each subscriber gets its changes in batches: a burst of changes while one update is being
 * delivered becomes one {@code UI.access} with all of them, not one per change.
 */
@Service
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> relays = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A view's subscription: the changes not yet delivered, and whether a delivery is scheduled. */
    private static final class Subscriber {
        private final UI ui;
        private final Consumer<List<Change>> listener;
        private final List<Change> pending = new ArrayList<>();
        private boolean scheduled;

        Subscriber(UI ui, Consumer<List<Change>> listener) {
            this.ui = ui;
            this.listener = listener;
        }

        void offer(Change change) {
            synchronized (this) {
                pending.add(change);
                if (scheduled) {
                    return;
                }
                scheduled = true;
            }
            ui.access(() -> {
                List<Change> batch;
                synchronized (this) {
                    batch = List.copyOf(pending);
                    pending.clear();
                    scheduled = false;
                }
                listener.accept(batch);
            });
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
            Change change = new Change(topic, event.entity(), event.entityId(), event.byUserId());
            relays.forEach(relay -> relay.accept(change));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(LiveChange event) {
        for (String topic : event.topics()) {
            deliverLocally(new Change(topic, event.entity(), event.entityId(), event.byUserId()));
        }
    }

    /** Hands a change to this node's subscribers (also called for changes relayed from other nodes). */
    void deliverLocally(Change change) {
        Set<Subscriber> set = subscribers.get(change.topic());
        if (set == null) {
            return;
        }
        for (Subscriber subscriber : set) {
            try {
                subscriber.offer(change);
            } catch (RuntimeException e) {
                // A UI that is gone (session expired, browser closed) leaves; the others still get the change.
                log.debug("Dropping a subscriber of {}: {}", change.topic(), e.toString());
                set.remove(subscriber);
            }
        }
    }
}
