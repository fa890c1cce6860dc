package org.crosscheck.notify;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {
}
