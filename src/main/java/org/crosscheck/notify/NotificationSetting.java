package org.crosscheck.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member's e-mail choice; without a row, each notification is mailed. */
@Entity
@Table(name = "notification_setting")
class NotificationSetting {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MailChoice email = MailChoice.EACH;

    protected NotificationSetting() {
    }

    NotificationSetting(long userId) {
        this.userId = userId;
    }

    MailChoice getEmail() {
        return email;
    }

    void setEmail(MailChoice email) {
        this.email = email;
    }
}
