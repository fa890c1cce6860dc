package org.crosscheck.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** Two or more spans of a project's articles that disagree, with a category, a note and a review status. */
@Entity
@Table(name = "contradiction")
class Contradiction extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ContradictionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContradictionStatus status = ContradictionStatus.OPEN;

    @Column(length = 4000)
    private String note;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The author's username from an imported bundle, when they have no account here (the importer stands in). */
    @Column(name = "original_author", length = 64)
    private String originalAuthor;

    protected Contradiction() {
    }

    static Contradiction restored(long projectId, ContradictionCategory category, ContradictionStatus status, String note,
                                  String statusReason, long authorId, String originalAuthor, Instant createdAt,
                                  Instant updatedAt) {
        Contradiction c = new Contradiction(projectId, category, note, authorId, createdAt);
        c.status = status;
        c.statusReason = statusReason;
        c.updatedAt = updatedAt;
        c.originalAuthor = originalAuthor;
        return c;
    }

    String getOriginalAuthor() {
        return originalAuthor;
    }

    Contradiction(long projectId, ContradictionCategory category, String note, long authorId, Instant now) {
        this.projectId = projectId;
        this.category = category;
        this.note = note;
        this.authorId = authorId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changeStatus(ContradictionStatus status, String reason, Instant now) {
        this.status = status;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    long getProjectId() {
        return projectId;
    }

    ContradictionCategory getCategory() {
        return category;
    }

    ContradictionStatus getStatus() {
        return status;
    }

    String getNote() {
        return note;
    }

    String getStatusReason() {
        return statusReason;
    }

    long getAuthorId() {
        return authorId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
