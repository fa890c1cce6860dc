package org.crosscheck.audit;

import org.crosscheck.audit.AuditCaller.Caller;
import org.crosscheck.base.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/**
 * Writes an entry for every domain event, just before the transaction that published it commits:
 * a change rolled back leaves no entry, a change committed always has one (the entry is part of
 * the same commit). An event published outside a transaction gets an entry in a transaction of its own.
 */
@Component
class AuditListener {

    private static final Logger log = LoggerFactory.getLogger(AuditListener.class);

    private final AuditChain chain;
    private final AuditCaller caller;
    private final JdbcTemplate jdbc;
    private final boolean enabled;

    AuditListener(AuditChain chain, AuditCaller caller, JdbcTemplate jdbc,
                  @Value("${crosscheck.audit.enabled:true}") boolean enabled) {
        this.chain = chain;
        this.caller = caller;
        this.jdbc = jdbc;
        this.enabled = enabled;
        if (!enabled) {
            log.warn("The audit trail is switched off (crosscheck.audit.enabled=false): changes are not recorded.");
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DomainEvent event) {
        if (!enabled) {
            return;
        }
        Caller who = caller.current();
        AuditDrafts.Values values = AuditDrafts.values(event);
        chain.append(new AuditDraft(username(event.byUserId()), who.via(), AuditDrafts.action(event),
                AuditDrafts.projectId(event), AuditDrafts.articleId(event), event.subjectType(), event.subjectId(),
                values.before(), values.after(), who.clientAddress()));
    }

    /** The actor as text, as the account is named now: the entry keeps it when the account is gone. */
    private String username(long userId) {
        List<String> names = jdbc.queryForList("select username from app_user where id = ?", String.class, userId);
        return names.isEmpty() ? "#" + userId : names.getFirst();
    }
}
