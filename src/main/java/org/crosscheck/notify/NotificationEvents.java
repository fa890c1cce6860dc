package org.crosscheck.notify;

import org.crosscheck.base.LiveChange;

import java.util.List;

/** What the notification feature tells listeners: a member has something new (live to them only, not audited). */
public final class NotificationEvents {

    private NotificationEvents() {
    }

    public record NotificationRaised(long projectId, long userId, long notificationId, long byUserId)
            implements LiveChange.Echo {

        @Override
        public List<String> topics() {
            return List.of(LiveChange.user(userId));
        }

        @Override
        public String subjectType() {
            return "notification";
        }

        @Override
        public long subjectId() {
            return notificationId;
        }

        @Override
        public String action() {
            return "raised";
        }
    }
}
