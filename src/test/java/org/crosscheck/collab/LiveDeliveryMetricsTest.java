package org.crosscheck.collab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Live deliveries are counted per change and view, with the time from the change's commit; a relay message of an earlier version still reads. */
class LiveDeliveryMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LiveUpdates live = new LiveUpdates(new SimpleAsyncTaskScheduler(), meters);

    /** A UI whose session is always free: the update runs at once, on the delivery thread. */
    private static UI ui() {
        return new UI() {
            @Override
            public Future<Void> access(Command command) {
                command.execute();
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    @Test
    void eachChangeDeliveredToEachViewIsCountedWithItsLatencyByOrigin() {
        List<Change> first = new CopyOnWriteArrayList<>();
        List<Change> second = new CopyOnWriteArrayList<>();
        live.subscribe("article:1", ui(), first::addAll);
        live.subscribe("article:1", ui(), second::addAll);
        live.subscribe("article:2", ui(), batch -> {
            throw new AssertionError("another article's view");
        });

        live.deliverLocally(new Change("article:1", "annotation", 5, 1));
        live.deliverRelayed(new Change("article:1", "annotation", 6, 2), System.currentTimeMillis() - 2_000);
        live.deliverRelayed(new Change("article:1", "annotation", 7, 2), null);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(meters.get("crosscheck.live.deliveries").tag("origin", "local").counter().count()).isEqualTo(2);
            assertThat(meters.get("crosscheck.live.deliveries").tag("origin", "relayed").counter().count()).isEqualTo(4);
        });
        assertThat(first).extracting(Change::entityId).containsExactly(5L, 6L, 7L);
        assertThat(second).extracting(Change::entityId).containsExactly(5L, 6L, 7L);
        var relayed = meters.get("crosscheck.live.delivery.latency").tag("origin", "relayed").timer();
        assertThat(relayed.count()).isEqualTo(4);
        assertThat(relayed.max(TimeUnit.MILLISECONDS)).as("committed two seconds ago on another node").isGreaterThanOrEqualTo(2_000);
        var local = meters.get("crosscheck.live.delivery.latency").tag("origin", "local").timer();
        assertThat(local.count()).isEqualTo(2);
        assertThat(local.max(TimeUnit.MILLISECONDS)).isLessThan(2_000);
    }

    @Test
    void aRelayMessageWithoutATimeFromAnEarlierVersionStillReads() {
        PostgresRelay.Message old = PostgresRelay.read("{\"node\":\"n1\",\"change\":{\"topic\":\"article:1\","
                + "\"entity\":\"annotation\",\"entityId\":5,\"byUserId\":1,\"done\":\"added a note\"},\"presence\":null}");
        assertThat(old.change()).isEqualTo(new Change("article:1", "annotation", 5, 1, "added a note"));
        assertThat(old.at()).isNull();

        PostgresRelay.Message now = new PostgresRelay.Message("n2", new Change("article:1", "annotation", 6, 1), null);
        assertThat(now.at()).isNotNull();
        assertThat(PostgresRelay.read(PostgresRelay.write(now))).isEqualTo(now);
        assertThat(new PostgresRelay.Message("n2", null, new Presence.Snapshot("article:1", List.of())).at())
                .as("a presence snapshot has no commit").isNull();

        PostgresRelay.Message later = PostgresRelay.read("{\"node\":\"n3\",\"change\":null,\"presence\":null,\"at\":null,"
                + "\"somethingNew\":1}");
        assertThat(later.node()).as("a field of a later version is left").isEqualTo("n3");
    }
}
