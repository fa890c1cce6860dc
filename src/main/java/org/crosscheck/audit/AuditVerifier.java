package org.crosscheck.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.function.Function;

/**
 * Checks the whole chain in order, a few hundred entries at a time: each entry's number follows the
 * one before, its link is the previous entry's hash, its hash is its signature under the trail's
 * key; and the head names the last entry. A break is logged as an error. Callers check who may ask.
 */
@Component
class AuditVerifier {

    private static final Logger log = LoggerFactory.getLogger(AuditVerifier.class);

    private final JdbcTemplate jdbc;
    private final AuditKey key;
    private final MeterRegistry meters;
    /** The last verification on this node (scheduled or asked for): 1 intact, 0 broken; and when, in epoch seconds. */
    private final java.util.concurrent.atomic.AtomicLong lastIntact = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong lastAt = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean registered = new java.util.concurrent.atomic.AtomicBoolean();

    AuditVerifier(JdbcTemplate jdbc, AuditKey key, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.key = key;
        this.meters = meters;
    }

    /**
     * Metrics (docs/operations.md, "Metrics"): the gauges appear with the first verification, so a
     * node that has not checked yet shows none rather than a result it does not have.
     */
    private void record(AuditVerification result) {
        lastIntact.set(result.intact() ? 1 : 0);
        lastAt.set(java.time.Instant.now().getEpochSecond());
        if (registered.compareAndSet(false, true)) {
            Gauge.builder("crosscheck.audit.intact", lastIntact, java.util.concurrent.atomic.AtomicLong::get)
                    .description("The last verification of the audit chain on this node: 1 intact, 0 broken")
                    .register(meters);
            Gauge.builder("crosscheck.audit.verified.time", lastAt, java.util.concurrent.atomic.AtomicLong::get)
                    .baseUnit("seconds").description("When the audit chain was last verified on this node (Unix time)")
                    .register(meters);
        }
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        AuditVerification result = check(jdbc, key::sign);
        record(result);
        if (!result.intact()) {
            log.error("The audit trail is broken at entry {} ({} entries checked)", result.firstBroken(), result.checked());
        }
        return result;
    }

    /** The chain checked with a rule for what each entry's hash must be (the key's, or the plain rule from before keys). */
    static AuditVerification check(JdbcTemplate jdbc, Function<AuditEntry, String> rule) {
        var state = new Object() {
            long expected = 1;
            String prev = AuditHash.GENESIS;
            long checked;
            Long broken;
        };
        jdbc.query(con -> {
            var ps = con.prepareStatement("select " + AuditService.COLUMNS + " from audit_entry order by seq");
            ps.setFetchSize(500);
            return ps;
        }, rs -> {
            if (state.broken != null) {
                return;
            }
            AuditEntry e = AuditService.ROW.mapRow(rs, 0);
            state.checked++;
            if (e.seq() != state.expected) {
                state.broken = state.expected; // missing: the chain jumps over it
            } else if (!e.prevHash().equals(state.prev) || !rule.apply(e).equals(e.hash())) {
                state.broken = e.seq();
            }
            state.expected = e.seq() + 1;
            state.prev = e.hash();
        });
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1");
        long lastSeq = ((Number) head.get("last_seq")).longValue();
        if (state.broken == null && (lastSeq != state.expected - 1 || !state.prev.equals(head.get("last_hash")))) {
            // Entries at the end removed, or the head moved: the first entry the head promises that is not there.
            state.broken = Math.min(lastSeq, state.expected);
        }
        return new AuditVerification(state.broken == null, state.checked, state.broken, (String) head.get("last_hash"));
    }
}
