package org.crosscheck.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.annotation.AnnotationEvents.AnnotationDeleted;
import org.crosscheck.annotation.AnnotationEvents.AnnotationUpdated;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.exchange.ExchangeEvents.ProjectImported;
import org.crosscheck.security.ViaToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Saves count when their transaction commits, by kind, action and door; a transaction that imported is an import. */
class AnnotationSaveMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AnnotationSaveMetrics metrics = new AnnotationSaveMetrics(meters);

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        SecurityContextHolder.clearContext();
    }

    private static AnnotationCreated created(AnnotationKind kind) {
        return new AnnotationCreated(1, 2, 3, kind, null, AnnotationFields.note("x"), 4);
    }

    private double count(String kind, String action, String door) {
        Counter c = meters.find(AnnotationSaveMetrics.NAME).tags("kind", kind, "action", action, "door", door).counter();
        return c == null ? 0 : c.count();
    }

    /** Runs {@code work} as one transaction's events, then ends it as committed or rolled back. */
    private void inTransaction(boolean commit, Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        work.run();
        List<TransactionSynchronization> syncs = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        if (commit) {
            syncs.forEach(TransactionSynchronization::afterCommit);
        }
        syncs.forEach(s -> s.afterCompletion(commit ? TransactionSynchronization.STATUS_COMMITTED
                : TransactionSynchronization.STATUS_ROLLED_BACK));
    }

    @Test
    void savesCountOnCommitByKindActionAndDoor() {
        SecurityContextHolder.getContext().setAuthentication(token());
        inTransaction(true, () -> {
            metrics.saved(created(AnnotationKind.NOTE));
            metrics.saved(created(AnnotationKind.NOTE));
            assertThat(count("NOTE", "created", "api")).as("not before the commit").isZero();
        });
        assertThat(count("NOTE", "created", "api")).isEqualTo(2);

        inTransaction(false, () -> metrics.saved(created(AnnotationKind.QUOTE)));
        assertThat(count("QUOTE", "created", "api")).as("rolled back: no save").isZero();

        SecurityContextHolder.clearContext();
        inTransaction(true, () -> metrics.saved(new AnnotationDeleted(1, 2, 3, AnnotationKind.FIGURE, null, null, 4, 4)));
        assertThat(count("FIGURE", "deleted", "system")).as("no caller: the application's own work").isEqualTo(1);
        assertThat(TransactionSynchronizationManager.getResourceMap()).as("nothing left bound to the thread").isEmpty();
    }

    @Test
    void aTransactionThatImportedCountsItsSavesAsImportsAndTheBundlesRestoredOnesAsUnknown() {
        SecurityContextHolder.getContext().setAuthentication(token());
        inTransaction(true, () -> {
            metrics.saved(created(AnnotationKind.QUOTE));
            metrics.saved(created(AnnotationKind.CUSTOM));
            metrics.imported(new ProjectImported(1, "w3c", 0, 2, 0, 0, 0, 0, 4));
        });
        assertThat(count("QUOTE", "created", "import")).isEqualTo(1);
        assertThat(count("CUSTOM", "created", "import")).isEqualTo(1);
        assertThat(count("QUOTE", "created", "api")).isZero();
        assertThat(count(AnnotationSaveMetrics.UNKNOWN, "created", "import")).isZero();

        inTransaction(true, () -> metrics.imported(new ProjectImported(1, "bundle", 3, 40, 2, 1, 0, 0, 4)));
        assertThat(count(AnnotationSaveMetrics.UNKNOWN, "created", "import")).isEqualTo(40);
    }

    @Test
    void anUpdateIsCountedUnderItsKindByTheKindsReservedName() {
        assertThat(AnnotationSaveMetrics.kindOf(updated("Figure"))).isEqualTo("FIGURE");
        assertThat(AnnotationSaveMetrics.kindOf(updated("Quote"))).isEqualTo("QUOTE");
        assertThat(AnnotationSaveMetrics.kindOf(updated("Claim"))).isEqualTo("CUSTOM");
    }

    private static AnnotationUpdated updated(String kindName) {
        return new AnnotationUpdated(1, 2, 3, AnnotationFields.note("a"), AnnotationFields.note("b"), 2, 4, kindName, Map.of());
    }

    private static UsernamePasswordAuthenticationToken token() {
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated("api-user", null, List.of());
        auth.setDetails(new ViaToken(9));
        return auth;
    }
}
