package org.crosscheck.notify;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

    Optional<Notification> findByIdAndUserId(long id, long userId);

    long countByUserIdAndReadAtIsNull(long userId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(@Param("userId") long userId, @Param("now") Instant now);

    @Modifying(flushAutomatically = true)
    @Query("delete from Notification n where n.userId = :userId and n.projectId = :projectId")
    int deleteOfMember(@Param("userId") long userId, @Param("projectId") long projectId);

    /** Claims one notification for sending: 1 for the node that gets it, 0 for any other (several nodes send once). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.emailedAt = :now where n.id = :id and n.emailedAt is null")
    int claimForMail(@Param("id") long id, @Param("now") Instant now);

    /** Not yet mailed, unread, of members who chose a daily digest. */
    @Query("""
            select n from Notification n, NotificationSetting s
            where s.userId = n.userId and s.email = org.crosscheck.notify.MailChoice.DAILY
              and n.emailedAt is null and n.readAt is null and n.createdAt < :before
            order by n.userId, n.createdAt""")
    List<Notification> dueForDigest(@Param("before") Instant before, Pageable page);
}
