package org.crosscheck.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * At start-up, before the node serves anything: the trail must be signed with this node's key
 * (its head carries the key's check value). A node with another key would write entries that every
 * other node reports as broken, so it refuses to start, saying how to give it the right key. When
 * the trail's key is lost, an administrator starts one node with
 * {@code crosscheck.audit.re-sign-unverified=<the trail's key id>}: the trail is signed anew with
 * this node's key and says so in an entry, with whether it could be verified first.
 */
@Component
class AuditKeyCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AuditKeyCheck.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditKey key;
    private final Clock clock;
    private final String reSignUnverified;

    AuditKeyCheck(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditKey key, Clock clock,
                  @Value("${crosscheck.audit.re-sign-unverified:}") String reSignUnverified) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.key = key;
        this.clock = clock;
        this.reSignUnverified = reSignUnverified.strip();
    }

    @Override
    public void afterSingletonsInstantiated() {
        String mark = mark();
        if (key.check().equals(mark)) {
            log.info("The audit trail is signed with the audit key {} ({})", key.id(), key.source());
            return;
        }
        String trailKey = trailKey(mark);
        if (!trailKey.equals(reSignUnverified)) {
            throw new IllegalStateException(refusal(mark, trailKey));
        }
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select last_seq from audit_head where id = 1 for update", Long.class);
            String now = mark();
            if (key.check().equals(now)) {
                return; // another node with the same key and setting was first
            }
            AuditResigning.resign(jdbc, key, clock.instant().truncatedTo(ChronoUnit.MICROS), before(now));
        });
        log.warn("The audit trail ({}) is now signed anew with the audit key {} ({}), as "
                + "crosscheck.audit.re-sign-unverified said; an entry in the trail records it. Remove the setting.",
                trailKey, key.id(), key.source());
    }

    /**
     * What the trail was: under its key, if that is this one (only the mark was wrong); else, with
     * no mark, under the rule from before keys; else it cannot be checked (another key).
     */
    private ObjectNode before(String mark) {
        AuditVerification keyed = AuditVerifier.check(jdbc, key::sign);
        if (keyed.intact() || mark != null) {
            return AuditResigning.before("HMAC-SHA256", trailKey(mark), keyed);
        }
        return AuditResigning.before("SHA-256", null, AuditVerifier.check(jdbc, AuditHash::plain));
    }

    private String mark() {
        return jdbc.queryForObject("select key_check from audit_head where id = 1", String.class);
    }

    private static String trailKey(String mark) {
        return mark == null || mark.length() < 12 ? AuditResigning.UNKEYED : mark.substring(0, 12);
    }

    private String refusal(String mark, String trailKey) {
        String reSign = "crosscheck.audit.re-sign-unverified=" + trailKey;
        if (mark == null) {
            AuditVerification keyed = AuditVerifier.check(jdbc, key::sign);
            AuditVerification plain = keyed.intact() ? null : AuditVerifier.check(jdbc, AuditHash::plain);
            String what = keyed.intact()
                    ? "The audit trail carries no key mark (audit_head.key_check is empty), though it verifies with this "
                    + "node's key: the mark was removed in the database."
                    : plain.intact()
                    ? "The audit trail carries no key mark (audit_head.key_check is empty) and is chained with plain "
                    + "SHA-256 as before audit keys, though migration 14 signed every such trail that verified: it was "
                    + "rewritten in the database."
                    : "The audit trail is not signed with a key: it is from before audit keys and is broken at entry "
                    + plain.firstBroken() + " under the old rule (" + plain.checked() + " entries checked), so it was "
                    + "not signed, which would hide the break.";
            return what + " Look into it (see docs/user-guide.md, \"The audit key\"). To sign the trail as it stands with this "
                    + "node's key (" + key.source() + "), an entry recording what it was, start once with " + reSign + ".";
        }
        String give = key.source().equals(AuditKey.PROPERTY)
                ? "set " + AuditKey.PROPERTY + " (CROSSCHECK_AUDIT_KEY) to it, as on the other nodes"
                : "put the key file that signed it (from the other nodes, or from the backup of the data directory) "
                + "at " + key.source() + ", or set CROSSCHECK_AUDIT_KEY to that key on every node";
        return "This node's audit key " + key.id() + " (" + key.source() + ") is not the key the audit trail is signed "
                + "with (" + trailKey + "); every node of one database needs that key. Give it to this node: " + give
                + ". If that key is lost, start one node once with " + reSign + ": the trail is then signed anew with "
                + "this node's key, and an entry records that it was, and that the entries before could not be verified.";
    }
}
