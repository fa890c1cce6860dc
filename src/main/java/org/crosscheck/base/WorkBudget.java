package org.crosscheck.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server-wide budget for heavy work: imports, exports and suggestion runs. Each piece of work
 * reserves the memory it may hold (its estimate, at most the whole budget, so a large one runs alone)
 * and one of a few slots, before it reads or builds anything large. With no slot free it is refused
 * at once ({@link ServerBusyException}: the API answers 503 with Retry-After); with a slot, it waits
 * in turn up to ten seconds for its memory, then is refused the same way, instead of queueing up
 * until the heap runs out. Background work (suggestion runs) waits instead.
 *
 * <p>A reservation is held by the thread doing the work, so a service reached inside a request that
 * already holds one (the API reserves before the body is read) does not reserve twice.
 */
@Component
public class WorkBudget {

    private static final Logger log = LoggerFactory.getLogger(WorkBudget.class);
    private static final ThreadLocal<Reservation> HELD = new ThreadLocal<>();
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** How long work that has a slot waits, in turn, for its memory before it is refused. */
    private static final Duration MEMORY_WAIT = Duration.ofSeconds(10);
    /** No new heavy work while the last collection left more than this part of the heap in use. */
    private static final double HEAP_CEILING = 0.6;

    private final long totalKb;
    private final Semaphore memory;
    private final Semaphore slots;
    private final int maxConcurrent;

    public WorkBudget(@Value("${crosscheck.work.memory-budget:}") DataSize budget,
                      @Value("${crosscheck.work.max-concurrent:0}") int maxConcurrent) {
        long bytes = budget != null && budget.toBytes() > 0 ? budget.toBytes() : Runtime.getRuntime().maxMemory() / 3;
        this.totalKb = Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
        this.memory = new Semaphore((int) totalKb, true);
        this.maxConcurrent = maxConcurrent > 0 ? maxConcurrent : Math.max(2, Runtime.getRuntime().availableProcessors());
        this.slots = new Semaphore(this.maxConcurrent, true);
        log.info("Heavy work (imports, exports, suggestion runs): at most {} at once, {} MB of memory between them",
                this.maxConcurrent, totalKb / 1024);
    }

    /** The whole budget in bytes: what one piece of work may hold at most. */
    public long totalBytes() {
        return totalKb * 1024;
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /**
     * Reserves for {@code what}, estimated to hold {@code bytes}, or refuses at once when the budget
     * is taken. Held until the reservation is closed, on this thread.
     */
    public Reservation reserve(String what, long bytes) {
        if (HELD.get() != null) {
            return Reservation.NESTED;
        }
        int kb = kilobytes(bytes);
        if (othersRunning() && heapAfterLastCollection() > HEAP_CEILING) {
            // Estimates can be wrong and other work (many readers, caches) holds memory too: what the
            // last collection left is the measure of what is really held. (Alone, work always may
            // start, so that a heap held by something else cannot stop every import for good.)
            throw busy(what);
        }
        if (!slots.tryAcquire()) {
            throw busy(what);
        }
        boolean granted;
        try {
            // A short, fair wait: work that needs much of the budget is served in turn when memory frees,
            // instead of losing every time to smaller work that arrives meanwhile.
            granted = memory.tryAcquire(kb, MEMORY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            granted = false;
        }
        if (!granted) {
            slots.release();
            throw busy(what);
        }
        return hold(kb);
    }

    /** Like {@link #reserve}, but waits for the budget: for background work nobody is waiting on. */
    public Reservation reserveWaiting(String what, long bytes) throws InterruptedException {
        if (HELD.get() != null) {
            return Reservation.NESTED;
        }
        int kb = kilobytes(bytes);
        while (othersRunning() && heapAfterLastCollection() > HEAP_CEILING) {
            TimeUnit.SECONDS.sleep(1);
        }
        slots.acquire();
        try {
            // Blocking keeps its place in the fair queue (a timed try would go to the back each time).
            memory.acquire(kb);
        } catch (InterruptedException e) {
            slots.release();
            throw e;
        }
        return hold(kb);
    }

    /** Whether this thread holds a reservation already (then a further one is not needed). */
    public boolean held() {
        return HELD.get() != null;
    }

    /** Runs {@code work} within a reservation (or within the one this thread already holds). */
    public <T> T within(String what, long bytes, Supplier<T> work) {
        try (Reservation ignored = reserve(what, bytes)) {
            return work.get();
        }
    }

    private boolean othersRunning() {
        return slots.availablePermits() < maxConcurrent;
    }

    /** The part of the heap that the last garbage collection of each pool left in use. */
    static double heapAfterLastCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()) {
                MemoryUsage after = pool.getCollectionUsage();
                used += after == null ? 0 : after.getUsed();
            }
        }
        return used / (double) Runtime.getRuntime().maxMemory();
    }

    private Reservation hold(int kb) {
        Reservation reservation = new Reservation(this, kb);
        HELD.set(reservation);
        return reservation;
    }

    private int kilobytes(long bytes) {
        return (int) Math.max(1, Math.min(totalKb, (bytes + 1023) / 1024));
    }

    private ServerBusyException busy(String what) {
        log.info("Refused {} for now: the server is busy with other imports, exports or suggestion runs "
                + "({} of {} slots, {} of {} MB free, {}% of the heap in use after the last collection)", what,
                slots.availablePermits(), maxConcurrent, memory.availablePermits() / 1024, totalKb / 1024,
                Math.round(heapAfterLastCollection() * 100));
        return new ServerBusyException("The server is busy with other imports, exports or suggestion runs. "
                + "Nothing was done; try again in a few seconds.", RETRY_AFTER);
    }

    /** A held reservation; closing it gives the budget back. */
    public static final class Reservation implements AutoCloseable {
        static final Reservation NESTED = new Reservation(null, 0);

        private final WorkBudget budget;
        private final int kb;
        private boolean closed;

        private Reservation(WorkBudget budget, int kb) {
            this.budget = budget;
            this.kb = kb;
        }

        @Override
        public void close() {
            if (budget == null || closed) {
                return;
            }
            closed = true;
            HELD.remove();
            budget.memory.release(kb);
            budget.slots.release();
        }
    }
}
