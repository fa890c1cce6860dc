package org.crosscheck.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** One thing told to one member: a sentence, what it is about, and whether it was read and mailed. */
@Entity
@Table(name = "notification")
class Notification extends AbstractEntity {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "annotation_id")
    private Long annotationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationReason reason;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 400)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {
    }

    Notification(long userId, long projectId, Long articleId, Long annotationId, NotificationReason reason, long actorId,
                 String message, Instant now) {
        this.userId = userId;
        this.projectId = projectId;
        this.articleId = articleId;
        this.annotationId = annotationId;
        this.reason = reason;
        this.actorId = actorId;
        this.message = message;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    long getUserId() {
        return userId;
    }

    long getProjectId() {
        return projectId;
    }

    Long getArticleId() {
        return articleId;
    }

    Long getAnnotationId() {
        return annotationId;
    }

    NotificationReason getReason() {
        return reason;
    }

    Long getActorId() {
        return actorId;
    }

    /** The stored sentence (see {@link NotificationText}). */
    String getMessage() {
        return message;
    }

    NotificationText text() {
        return NotificationText.read(message);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
