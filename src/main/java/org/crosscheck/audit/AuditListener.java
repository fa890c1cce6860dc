package org.crosscheck.audit;

import org.crosscheck.audit.AuditCaller.Caller;
import org.crosscheck.base.DomainEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes an entry for every domain event, just before the transaction that published it commits:
 * a change rolled back leaves no entry, a change committed always has one (the entry is part of
 * the same commit). An event published outside a transaction gets an entry in a transaction of its own.
 */
@Component
class AuditListener {

    private final AuditChain chain;
    private final AuditCaller caller;

    AuditListener(AuditChain chain, AuditCaller caller) {
        this.chain = chain;
        this.caller = caller;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DomainEvent event) {
        if (!chain.enabled() || event instanceof org.crosscheck.base.LiveChange.Echo) {
            return;
        }
        Caller who = caller.current();
        chain.append(AuditDrafts.of(event, chain.usernameOf(event.byUserId()), who.via(), who.clientAddress()));
    }
}
