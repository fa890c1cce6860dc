package org.crosscheck.collab;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** The count a page's marks are checked against: it goes up with every change of the topic handed out here. */
class LiveUpdatesTest {

    private final LiveUpdates live = new LiveUpdates(new SimpleAsyncTaskScheduler());

    /** This node's committed changes and those relayed from other nodes both come through deliverLocally. */
    @Test
    void everyChangeHandedOutCountsForItsTopic() {
        long before = live.seen("article:1");
        long other = live.seen("article:2");

        live.deliverLocally(new Change("article:1", "annotation", 5, 1));
        live.deliverLocally(new Change("article:1", "annotation", 6, 1));

        assertThat(live.seen("article:1")).isEqualTo(before + 2);
        assertThat(live.seen("article:2")).as("another article's count").isEqualTo(other);
    }
}
