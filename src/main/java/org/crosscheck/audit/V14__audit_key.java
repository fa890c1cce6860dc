package org.crosscheck.audit;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Migration 14 (issue 25): the trail is signed with a key kept outside the database. Adds the head's
 * key mark, and signs the trail written until now (chained with plain SHA-256, which anyone can
 * recompute) with the key, once it has checked it under the old rule. A trail already broken is
 * left unsigned, as signing it would hide the break: the node then refuses to start and says where
 * it broke ({@link AuditKeyCheck}). Like every migration this runs once: afterwards a trail without
 * the mark is refused, so the database's owner cannot have a rewritten plain chain signed by
 * removing the mark. A Spring bean (Flyway takes {@code JavaMigration} beans) because it needs the
 * key; its name is its version, as Flyway reads it.
 */
@Component
class V14__audit_key extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V14__audit_key.class);

    private final AuditKey key;
    private final Clock clock;

    V14__audit_key(AuditKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        jdbc.execute("alter table audit_head add column key_check varchar(64)");
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        if (entries == 0) {
            jdbc.update("update audit_head set key_check = ? where id = 1", key.check());
            return;
        }
        AuditVerification plain = AuditVerifier.check(jdbc, AuditHash::plain);
        if (!plain.intact()) {
            log.error("The audit trail written before audit keys is broken at entry {} ({} entries checked): it is not "
                    + "signed with the audit key, which would hide the break", plain.firstBroken(), plain.checked());
            return;
        }
        AuditResigning.resign(jdbc, key, clock.instant().truncatedTo(ChronoUnit.MICROS),
                AuditResigning.before("SHA-256", null, plain));
        log.info("The audit trail's {} entries verified and are now signed with the audit key {} ({})", entries,
                key.id(), key.source());
    }
}
