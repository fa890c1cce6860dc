package org.crosscheck.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.crosscheck.annotation.AnnotationEvents.AnnotationChange;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationEvents.AnnotationDeleted;
import org.crosscheck.annotation.AnnotationEvents.AnnotationUpdated;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.exchange.ExchangeEvents.ProjectImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;

/**
 * {@value #NAME}: annotations saved, by kind (QUOTE, FIGURE, NOTE, CUSTOM: a project's own kinds),
 * action (created, updated, deleted) and door (ui, api, import, system). Counted when the change
 * commits (a change rolled back is no save), from the events the annotation service publishes in
 * the transaction: the door is read while the event is published (the caller is known then), and
 * a transaction that also published an import is an import, whichever door it came through. A
 * bundle restores its annotations without an event each and tells only how many: those count as
 * kind UNKNOWN.
 */
@Component
class AnnotationSaveMetrics {

    static final String NAME = "crosscheck.annotations.saved";
    static final String UNKNOWN = "UNKNOWN";

    private final MeterRegistry meters;

    AnnotationSaveMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    private record Save(String kind, String action, String door) {
    }

    @EventListener
    void saved(AnnotationChange event) {
        Save save = new Save(kindOf(event), event.action(), Door.current());
        Tally tally = tally();
        if (tally == null) {
            count(save, save.door(), 1); // published outside a transaction: it happened already
        } else {
            tally.saves.merge(save, 1L, Long::sum);
        }
    }

    /** Published at the end of an import, in its transaction, after the annotation events it made. */
    @EventListener
    void imported(ProjectImported event) {
        Tally tally = tally();
        if (tally == null) {
            count(new Save(UNKNOWN, "created", Door.IMPORT), Door.IMPORT, event.annotations());
        } else {
            tally.imported += event.annotations();
            tally.isImport = true;
        }
    }

    static String kindOf(AnnotationChange event) {
        return switch (event) {
            case AnnotationCreated c -> c.kind().name();
            case AnnotationDeleted d -> d.kind().name();
            // The update tells the kind by its name; the built-in names are reserved (KindService).
            case AnnotationUpdated u -> java.util.Arrays.stream(AnnotationKind.values())
                    .filter(k -> k != AnnotationKind.CUSTOM && k.label().equals(u.kindName()))
                    .findFirst().orElse(AnnotationKind.CUSTOM).name();
        };
    }

    private void count(Save save, String door, long n) {
        if (n > 0) {
            Counter.builder(NAME).description("Annotations saved (committed), by kind, action and door")
                    .tag("kind", save.kind()).tag("action", save.action()).tag("door", door)
                    .register(meters).increment(n);
        }
    }

    /**
     * The current transaction's saves, counted when it commits; null outside a transaction. Kept as a
     * resource of the transaction under this bean, so that a large import adds to one map instead of
     * registering a callback per annotation.
     */
    private Tally tally() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Tally tally = (Tally) TransactionSynchronizationManager.getResource(this);
        if (tally == null) {
            tally = new Tally();
            TransactionSynchronizationManager.bindResource(this, tally);
            TransactionSynchronizationManager.registerSynchronization(tally);
        }
        return tally;
    }

    private final class Tally implements TransactionSynchronization {
        private final Map<Save, Long> saves = new HashMap<>();
        private boolean isImport;
        private long imported;

        @Override
        public void afterCommit() {
            long created = 0;
            for (Map.Entry<Save, Long> e : saves.entrySet()) {
                count(e.getKey(), isImport ? Door.IMPORT : e.getKey().door(), e.getValue());
                if (e.getKey().action().equals("created")) {
                    created += e.getValue();
                }
            }
            if (isImport) {
                count(new Save(UNKNOWN, "created", Door.IMPORT), Door.IMPORT, imported - created);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AnnotationSaveMetrics.this);
        }
    }
}
