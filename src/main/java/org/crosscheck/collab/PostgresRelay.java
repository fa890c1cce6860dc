package org.crosscheck.collab;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Relays committed changes, and who is reading what, between app nodes through PostgreSQL's
 * LISTEN/NOTIFY, so a reviewer on node A sees what was saved through node B and who reads there;
 * no broker besides the database. Off on H2 (one node). One pooled connection is held for LISTEN;
 * a lost connection is re-opened.
 */
@Component
class PostgresRelay {

    static final String CHANNEL = "crosscheck_changes";
    private static final Logger log = LoggerFactory.getLogger(PostgresRelay.class);
    /** Unknown fields are left: a node of a later version may send more than this one knows. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * What travels in a notification: a change or a presence snapshot, and the node it comes from;
     * with a change, when it was sent (milliseconds since the epoch, just before its commit), for the
     * delivery latency. A message from an earlier version has no time: it reads as null.
     */
    record Message(String node, Change change, Presence.Snapshot presence, Long at) {
        Message(String node, Change change, Presence.Snapshot presence) {
            this(node, change, presence, change == null ? null : System.currentTimeMillis());
        }
    }

    static Message read(String payload) {
        return JSON.readValue(payload, Message.class);
    }

    static String write(Message message) {
        return JSON.writeValueAsString(message);
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final LiveUpdates liveUpdates;
    private final Presence presence;
    private final String node = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;

    PostgresRelay(DataSource dataSource, JdbcTemplate jdbc, LiveUpdates liveUpdates, Presence presence) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.liveUpdates = liveUpdates;
        this.presence = presence;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!onPostgres()) {
            log.info("Cross-node relay off: not on PostgreSQL");
            return;
        }
        liveUpdates.addRelay(change -> send(new Message(node, change, null)));
        presence.addRelay(snapshot -> send(new Message(node, null, snapshot)));
        running = true;
        listener = Thread.ofVirtual().name("crosscheck-relay").start(this::listen);
        log.info("Cross-node relay on: LISTEN {} (node {})", CHANNEL, node);
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private boolean onPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }

    private void send(Message message) {
        try {
            jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, write(message));
        } catch (RuntimeException e) {
            log.warn("Could not relay a change to other nodes: {}", e.toString());
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(5_000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        receive(n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Relay connection lost, reconnecting: {}", e.toString());
                    sleepQuietly();
                }
            }
        }
    }

    private void receive(String payload) {
        try {
            Message message = read(payload);
            if (node.equals(message.node())) {
                return;
            }
            if (message.change() != null) {
                liveUpdates.deliverRelayed(message.change(), message.at());
            }
            if (message.presence() != null) {
                presence.receive(message.node(), message.presence());
            }
        } catch (RuntimeException e) {
            log.warn("Ignoring a malformed relay message: {}", e.toString());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
