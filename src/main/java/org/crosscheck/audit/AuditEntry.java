package org.crosscheck.audit;

import java.time.Instant;

/**
 * One entry of the trail, as stored: denormalised (the actor's username as text, ids as plain
 * numbers) so that it still says what happened after the things it names are gone. {@code before}
 * and {@code after} are JSON objects, or null where there was nothing before (a creation) or
 * after (a deletion).
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String via, String action, Long projectId,
                         Long articleId, String targetType, Long targetId, String before, String after,
                         String clientAddress, String prevHash, String hash) {
}
