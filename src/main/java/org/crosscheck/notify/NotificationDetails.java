package org.crosscheck.notify;

import java.time.Instant;
import java.util.Locale;

/** A notification as its recipient sees it. */
public record NotificationDetails(long id, long projectId, Long articleId, Long annotationId, NotificationReason reason,
                                  NotificationText text, Instant createdAt, boolean read) {

    /** The sentence in English. */
    public String message() {
        return text.english();
    }

    /** The sentence in the reader's language. */
    public String message(Locale locale) {
        return text.in(locale);
    }
}
