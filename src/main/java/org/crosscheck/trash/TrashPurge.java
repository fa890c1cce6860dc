package org.crosscheck.trash;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets what was deleted longer ago than the retention ({@code crosscheck.trash.retention}, 30
 * days by default), on a schedule ({@code crosscheck.trash.purge-cron}, nightly). One statement
 * with a cut-off in time: on several nodes each runs it, and the second finds nothing left to do.
 * Housekeeping, not a change anybody made: the deletions themselves are in the audit trail.
 */
@Component
public class TrashPurge {

    private static final Logger log = LoggerFactory.getLogger(TrashPurge.class);

    private final TrashRepository items;
    private final Clock clock;
    private final Duration retention;

    TrashPurge(TrashRepository items, Clock clock, @Value("${crosscheck.trash.retention:30d}") Duration retention) {
        this.items = items;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${crosscheck.trash.purge-cron:0 40 3 * * *}")
    @Transactional
    void purge() {
        purge(clock.instant());
    }

    /** Forgets what was deleted before {@code now} minus the retention; returns how many items. */
    @Transactional
    public int purge(Instant now) {
        int purged = items.purge(now.minus(retention));
        if (purged > 0) {
            log.info("Trash: forgot {} items deleted more than {} days ago", purged, retention.toDays());
        }
        return purged;
    }
}
