package org.crosscheck.audit;

/** What an entry will say, before the trail gives it its number, time and place in the chain. */
record AuditDraft(String actor, String via, String action, Long projectId, Long articleId, String targetType,
                  Long targetId, String before, String after, String clientAddress) {
}
