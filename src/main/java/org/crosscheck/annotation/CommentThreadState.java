package org.crosscheck.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Whether an annotation's comment thread is resolved, and who said so last. */
@Entity
@Table(name = "comment_thread")
class CommentThreadState {

    @Id
    @Column(name = "annotation_id")
    private Long annotationId;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CommentThreadState() {
    }

    CommentThreadState(long annotationId) {
        this.annotationId = annotationId;
    }

    void set(boolean resolved, long by, Instant now) {
        this.resolved = resolved;
        this.changedBy = by;
        this.changedAt = now;
    }

    boolean isResolved() {
        return resolved;
    }
}
