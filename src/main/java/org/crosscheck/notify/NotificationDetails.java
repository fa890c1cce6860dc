package org.crosscheck.notify;

import java.time.Instant;

/** A notification as its recipient sees it. */
public record NotificationDetails(long id, long projectId, Long articleId, Long annotationId, NotificationReason reason,
                                  String message, Instant createdAt, boolean read) {
}
