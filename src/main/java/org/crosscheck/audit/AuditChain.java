package org.crosscheck.audit;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Appends entries to the trail. The trail's head (the last number and hash) is one row that each
 * appending transaction locks until it commits: the next writer, on this node or another, waits
 * and then reads the head as committed, so numbers follow commit order and the chain never forks.
 * The lock is taken as late as possible (the audit listener runs just before commit) and after the
 * change's own rows are flushed, so a writer never waits for the head while holding what another
 * writer holding the head still needs.
 */
@Component
class AuditChain {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditChain.class);

    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final Clock clock;
    private final AuditKey key;
    private final boolean enabled;

    AuditChain(JdbcTemplate jdbc, EntityManager entities, Clock clock, AuditKey key,
               @org.springframework.beans.factory.annotation.Value("${crosscheck.audit.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.clock = clock;
        this.key = key;
        this.enabled = enabled;
        if (!enabled) {
            log.warn("The audit trail is switched off (crosscheck.audit.enabled=false): changes are not recorded.");
        }
    }

    /** Whether entries are written at all (off only for the write-path benchmark). */
    boolean enabled() {
        return enabled;
    }

    /** The account's username now, as text: the entry keeps it when the account is gone. */
    String usernameOf(long userId) {
        List<String> names = jdbc.queryForList("select username from app_user where id = ?", String.class, userId);
        return names.isEmpty() ? "#" + userId : names.getFirst();
    }

    /** The id of the account with this username, if there is one (a failed sign-in may name none). */
    Long userIdOf(String username) {
        List<Long> ids = jdbc.queryForList("select id from app_user where username = ?", Long.class, username);
        return ids.isEmpty() ? null : ids.getFirst();
    }

    /** Appends one entry, in the caller's transaction or, when there is none, in its own. */
    @Transactional
    public AuditEntry append(AuditDraft draft) {
        if (entities.isJoinedToTransaction()) {
            entities.flush();
        }
        // Microseconds: what both databases keep, so that the hash of what is read back is the hash written.
        return insert(jdbc, key, clock.instant().truncatedTo(ChronoUnit.MICROS), draft);
    }

    /** Numbers, links, signs and writes the entry after the head, and moves the head to it, in the caller's transaction. */
    static AuditEntry insert(JdbcTemplate jdbc, AuditKey key, Instant at, AuditDraft draft) {
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prev = (String) head.get("last_hash");
        String hash = key.sign(seq, at, draft, prev);
        jdbc.update("""
                insert into audit_entry (seq, occurred_at, actor, via, action, project_id, article_id, target_type,
                  target_id, before_json, after_json, client_address, prev_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                seq, at.atOffset(ZoneOffset.UTC), draft.actor(), draft.via(), draft.action(), draft.projectId(), draft.articleId(),
                draft.targetType(), draft.targetId(), draft.before(), draft.after(), draft.clientAddress(), prev, hash);
        jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
        return new AuditEntry(seq, at, draft.actor(), draft.via(), draft.action(), draft.projectId(), draft.articleId(),
                draft.targetType(), draft.targetId(), draft.before(), draft.after(), draft.clientAddress(), prev, hash);
    }
}
