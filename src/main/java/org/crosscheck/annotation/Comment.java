package org.crosscheck.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** One entry of an annotation's comment thread. */
@Entity
@Table(name = "annotation_comment")
class Comment extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "annotation_id", nullable = false)
    private long annotationId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The author's username from an imported bundle, when they have no account here (the importer stands in). */
    @Column(name = "original_author", length = 64)
    private String originalAuthor;

    protected Comment() {
    }

    static Comment restored(long projectId, long annotationId, long authorId, String originalAuthor, String body,
                            Instant createdAt, Instant updatedAt) {
        Comment c = new Comment(projectId, annotationId, authorId, body, createdAt);
        c.updatedAt = updatedAt;
        c.originalAuthor = originalAuthor;
        return c;
    }

    String getOriginalAuthor() {
        return originalAuthor;
    }

    Comment(long projectId, long annotationId, long authorId, String body, Instant now) {
        this.projectId = projectId;
        this.annotationId = annotationId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(String body, Instant now) {
        this.body = body;
        this.updatedAt = now;
    }

    long getProjectId() {
        return projectId;
    }

    long getAnnotationId() {
        return annotationId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
