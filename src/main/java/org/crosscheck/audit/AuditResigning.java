package org.crosscheck.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs every entry of the trail anew with a key, in order, marks the head with the key's check
 * value, and then appends an entry that says so ({@value #ACTION}: what the trail was signed with
 * before, whether it verified then, its last hash then). Done once when a trail from before keys
 * gets its key (migration 14), and when an administrator has a trail whose key is lost signed anew.
 * Runs in the caller's transaction, a page of entries in memory at a time. On PostgreSQL the
 * trail's triggers are off for that transaction only (which takes the rights of the tables' owner,
 * the role that ran the migrations).
 */
final class AuditResigning {

    static final String ACTION = "audit.re-signed";
    /** What a trail without a key mark is called where a key id is asked for. */
    static final String UNKEYED = "unkeyed";

    private static final int PAGE = 1000;

    private AuditResigning() {
    }

    static AuditEntry resign(JdbcTemplate jdbc, AuditKey key, Instant at, ObjectNode before) {
        boolean postgres = "PostgreSQL".equals(jdbc.execute(
                (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
        if (postgres) {
            jdbc.execute("alter table audit_entry disable trigger user");
            jdbc.execute("alter table audit_head disable trigger user");
        }
        long count = 0;
        long last = 0;
        String prev = AuditHash.GENESIS;
        while (true) {
            List<AuditEntry> page = jdbc.query("select " + AuditService.COLUMNS + " from audit_entry where seq > ? "
                    + "order by seq fetch first " + PAGE + " rows only", AuditService.ROW, last);
            if (page.isEmpty()) {
                break;
            }
            List<Object[]> links = new ArrayList<>(page.size());
            for (AuditEntry e : page) {
                String hash = key.sign(new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.via(), e.action(), e.projectId(),
                        e.articleId(), e.targetType(), e.targetId(), e.before(), e.after(), e.clientAddress(), prev, null));
                links.add(new Object[] {prev, hash, e.seq()});
                prev = hash;
                last = e.seq();
            }
            jdbc.batchUpdate("update audit_entry set prev_hash = ?, entry_hash = ? where seq = ?", links);
            count += page.size();
        }
        jdbc.update("update audit_head set last_seq = ?, last_hash = ?, key_check = ? where id = 1", last, prev, key.check());
        if (postgres) {
            // On again before the entry below: the head's trigger checks that append too.
            jdbc.execute("alter table audit_entry enable trigger user");
            jdbc.execute("alter table audit_head enable trigger user");
        }
        ObjectNode after = AuditDrafts.JSON.createObjectNode().put("rule", "HMAC-SHA256").put("keyId", key.id())
                .put("entries", count).put("lastHash", prev);
        return AuditChain.insert(jdbc, key, at, new AuditDraft(null, "system", ACTION, null, null, null, null,
                before.toString(), after.toString(), null));
    }

    /** What the trail was before: its rule and key, its last hash, and whether it verified (else where it broke). */
    static ObjectNode before(String rule, String keyId, AuditVerification check) {
        ObjectNode before = AuditDrafts.JSON.createObjectNode().put("rule", rule);
        if (keyId != null) {
            before.put("keyId", keyId);
        }
        before.put("lastHash", check.lastHash()).put("verified", check.intact());
        if (check.firstBroken() != null) {
            before.put("firstBroken", check.firstBroken());
        }
        return before;
    }
}
