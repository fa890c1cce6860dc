package org.crosscheck.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is looking at what right now. A view joins on attach and leaves on detach. A browser that
 * goes away without leaving (crash, lost network, closed laptop) is no longer shown once its push
 * connection has been down for {@code crosscheck.presence.disconnect-grace} (and is shown again if
 * it comes back), and its visit ends when its heartbeats stop, rather than when its session expires. With several nodes, each node relays its readers of a topic to the
 * others (PostgreSQL LISTEN/NOTIFY) and refreshes them regularly; a node that stops refreshing (it
 * died) has its readers expire.
 */
@Service
public class Presence {

    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    /** One person present, as avatars show them. */
    public record Person(long userId, String name, String initials) {
    }

    /** The people one node has on a topic, as relayed to the other nodes. */
    public record Snapshot(String topic, List<Person> people) {
    }

    private static final class Visit {
        private final UI ui;
        private final Person person;
        private final Consumer<List<Person>> listener;
        private Instant disconnectedSince;
        /** Not shown while its push connection is down (it may come back: a train tunnel, a laptop lid). */
        private volatile boolean absent;

        Visit(UI ui, Person person, Consumer<List<Person>> listener) {
            this.ui = ui;
            this.person = person;
            this.listener = listener;
        }
    }

    private record Remote(List<Person> people, Instant expires) {
    }

    private final Map<String, List<Visit>> visits = new ConcurrentHashMap<>();
    /** topic → node → the people that node last reported there. */
    private final Map<String, Map<String, Remote>> remote = new ConcurrentHashMap<>();
    private final List<Consumer<Snapshot>> relays = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final Duration disconnectGrace;
    private final Duration heartbeatTimeout;
    private final Duration remoteExpiry;
    private Instant lastRefresh = Instant.EPOCH;

    Presence(Clock clock,
             @Value("${crosscheck.presence.disconnect-grace:10s}") Duration disconnectGrace,
             @Value("${vaadin.heartbeatInterval:30}") int heartbeatIntervalSeconds,
             @Value("${crosscheck.presence.relay-expiry:30s}") Duration remoteExpiry) {
        this.clock = clock;
        this.disconnectGrace = disconnectGrace;
        // Vaadin itself gives up on a UI after three missed heartbeats; so does presence.
        this.heartbeatTimeout = Duration.ofSeconds(3L * heartbeatIntervalSeconds);
        this.remoteExpiry = remoteExpiry;
    }

    /** Joins {@code topic}; the listener hears the list of people present (once per person) whenever it changes. */
    public Registration join(String topic, UI ui, Person person, Consumer<List<Person>> listener) {
        Visit visit = new Visit(ui, person, listener);
        visits.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(visit);
        changed(topic);
        return () -> leave(topic, visit);
    }

    private void leave(String topic, Visit visit) {
        List<Visit> list = visits.get(topic);
        if (list != null && list.remove(visit)) {
            changed(topic);
        }
    }

    public List<Person> present(String topic) {
        Map<Long, Person> people = new LinkedHashMap<>();
        for (Visit v : visits.getOrDefault(topic, List.of())) {
            if (!v.absent) {
                people.putIfAbsent(v.person.userId(), v.person);
            }
        }
        Instant now = clock.instant();
        for (Remote r : remote.getOrDefault(topic, Map.of()).values()) {
            if (r.expires().isAfter(now)) {
                r.people().forEach(p -> people.putIfAbsent(p.userId(), p));
            }
        }
        List<Person> list = new ArrayList<>(people.values());
        list.sort(Comparator.comparing(Person::name));
        return list;
    }

    /** Another way out for this node's presence (the relay to other nodes). */
    void addRelay(Consumer<Snapshot> relay) {
        relays.add(relay);
    }

    /** What another node reports for a topic; an empty list means its readers left. */
    void receive(String node, Snapshot snapshot) {
        Map<String, Remote> byNode = remote.computeIfAbsent(snapshot.topic(), t -> new ConcurrentHashMap<>());
        Remote before = byNode.get(node);
        if (snapshot.people().isEmpty()) {
            byNode.remove(node);
        } else {
            byNode.put(node, new Remote(List.copyOf(snapshot.people()), clock.instant().plus(remoteExpiry)));
        }
        if (before == null || !before.people().equals(snapshot.people())) {
            announce(snapshot.topic());
        }
    }

    /**
     * Drops visits whose browser is gone without leaving, expires other nodes' readers that were not
     * refreshed, and refreshes this node's readers for the other nodes.
     */
    @Scheduled(fixedDelayString = "${crosscheck.presence.check-interval:5s}")
    void check() {
        Instant now = clock.instant();
        for (Map.Entry<String, List<Visit>> entry : visits.entrySet()) {
            for (Visit v : entry.getValue()) {
                if (isGone(v)) {
                    leave(entry.getKey(), v);
                } else if (v.absent != isDisconnected(v, now)) {
                    v.absent = !v.absent;
                    log.info("{} {} {}: their push connection is {}", v.person.name(), v.absent ? "left" : "is back on",
                            entry.getKey(), v.absent ? "down" : "up again");
                    changed(entry.getKey());
                }
            }
        }
        for (Map.Entry<String, Map<String, Remote>> entry : remote.entrySet()) {
            if (entry.getValue().values().removeIf(r -> !r.expires().isAfter(now))) {
                announce(entry.getKey());
            }
        }
        if (!relays.isEmpty() && !now.isBefore(lastRefresh.plus(remoteExpiry.dividedBy(3)))) {
            lastRefresh = now;
            visits.forEach((topic, list) -> {
                if (!list.isEmpty()) {
                    relay(topic);
                }
            });
        }
    }

    /** Closed, or silent for longer than Vaadin itself waits: the visit ends. */
    private boolean isGone(Visit v) {
        UI ui = v.ui;
        if (ui.isClosing() || ui.getSession() == null) {
            return true;
        }
        long lastHeartbeat = ui.getInternals().getLastHeartbeatTimestamp();
        return lastHeartbeat > 0
                && Duration.ofMillis(clock.millis() - lastHeartbeat).compareTo(heartbeatTimeout) > 0;
    }

    /** The push connection has been down for longer than the grace: not shown until it is up again. */
    private boolean isDisconnected(Visit v, Instant now) {
        PushConnection push = v.ui.getInternals().getPushConnection();
        if (push == null || push.isConnected()) {
            v.disconnectedSince = null;
            return false;
        }
        if (v.disconnectedSince == null) {
            v.disconnectedSince = now;
        }
        return Duration.between(v.disconnectedSince, now).compareTo(disconnectGrace) > 0;
    }

    private void changed(String topic) {
        announce(topic);
        relay(topic);
    }

    private void relay(String topic) {
        if (relays.isEmpty()) {
            return;
        }
        List<Person> local = visits.getOrDefault(topic, List.of()).stream().filter(v -> !v.absent).map(v -> v.person)
                .distinct().toList();
        Snapshot snapshot = new Snapshot(topic, local);
        relays.forEach(r -> r.accept(snapshot));
    }

    private void announce(String topic) {
        List<Person> people = present(topic);
        List<Visit> list = visits.getOrDefault(topic, List.of());
        for (Visit v : list) {
            if (v.absent) {
                continue; // nothing reaches it now; it hears the list again when it is back
            }
            try {
                v.ui.access(() -> v.listener.accept(people));
            } catch (RuntimeException gone) {
                // A UI closed without leaving (its session ended): it is not present any more.
                list.remove(v);
            }
        }
    }
}
