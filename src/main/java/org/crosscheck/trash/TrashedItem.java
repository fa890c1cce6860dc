package org.crosscheck.trash;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** Something deleted in a project, with the snapshot (JSON) it is restored from. */
@Entity
@Table(name = "trashed_item")
class TrashedItem extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    /** The article it was on (or, for an article, the article itself); null for none. */
    @Column(name = "article_id")
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 24)
    private TrashType type;

    /** The id the thing had. */
    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 400)
    private String label;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String snapshot;

    @Column(name = "deleted_by", nullable = false)
    private long deletedBy;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    @Column(name = "restored_at")
    private Instant restoredAt;

    @Column(name = "restored_by")
    private Long restoredBy;

    /** The id it has again since it was restored. */
    @Column(name = "restored_as")
    private Long restoredAs;

    protected TrashedItem() {
    }

    TrashedItem(long projectId, Long articleId, TrashType type, long subjectId, String label, String snapshot,
                long deletedBy, Instant deletedAt) {
        this.projectId = projectId;
        this.articleId = articleId;
        this.type = type;
        this.subjectId = subjectId;
        this.label = label;
        this.snapshot = snapshot;
        this.deletedBy = deletedBy;
        this.deletedAt = deletedAt;
    }

    void markRestored(long by, Instant at, long as) {
        this.restoredBy = by;
        this.restoredAt = at;
        this.restoredAs = as;
    }

    long getProjectId() {
        return projectId;
    }

    Long getArticleId() {
        return articleId;
    }

    TrashType getType() {
        return type;
    }

    long getSubjectId() {
        return subjectId;
    }

    String getLabel() {
        return label;
    }

    String getSnapshot() {
        return snapshot;
    }

    long getDeletedBy() {
        return deletedBy;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }

    Instant getRestoredAt() {
        return restoredAt;
    }

    Long getRestoredAs() {
        return restoredAs;
    }
}
