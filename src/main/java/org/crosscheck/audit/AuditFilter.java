package org.crosscheck.audit;

import java.time.Instant;

/**
 * Which entries to list; a null field does not filter. {@code action} is an action
 * ("annotation.updated") or, ending with a dot, a family of them ("annotation."). {@code text} is
 * looked for, case-insensitively, in the actor, the action and the before and after values.
 */
public record AuditFilter(String actor, String action, Long projectId, Long articleId, String targetType, Long targetId,
                          Instant from, Instant to, String text) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null, null, null, null);
    }

    public static AuditFilter ofTarget(String targetType, long targetId) {
        return new AuditFilter(null, null, null, null, targetType, targetId, null, null, null);
    }
}
