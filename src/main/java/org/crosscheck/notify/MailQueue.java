package org.crosscheck.notify;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is to be mailed, claimed in the database before it is sent: a claim sets the time it was
 * mailed where none is set yet, so of several nodes exactly one sends each notification.
 */
@Component
@Transactional
class MailQueue {

    /** The most notifications one digest run claims (the rest wait for the next run). */
    private static final int DIGEST_BATCH = 5_000;

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final Clock clock;

    MailQueue(NotificationRepository notifications, NotificationSettingRepository settings, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** The notification to mail now, if its recipient wants each one and no other node has it. */
    Optional<Notification> claimEach(long userId, long notificationId) {
        MailChoice choice = settings.findById(userId).map(NotificationSetting::getEmail).orElse(MailChoice.EACH);
        if (choice != MailChoice.EACH || notifications.claimForMail(notificationId, clock.instant()) != 1) {
            return Optional.empty();
        }
        return notifications.findById(notificationId);
    }

    /** The unread, unmailed notifications of members who chose a digest, claimed, by member. */
    Map<Long, List<Notification>> claimDigest() {
        Map<Long, List<Notification>> claimed = new LinkedHashMap<>();
        for (Notification n : notifications.dueForDigest(clock.instant(), PageRequest.of(0, DIGEST_BATCH))) {
            if (notifications.claimForMail(n.getId(), clock.instant()) == 1) {
                claimed.computeIfAbsent(n.getUserId(), k -> new ArrayList<>()).add(n);
            }
        }
        return claimed;
    }
}
