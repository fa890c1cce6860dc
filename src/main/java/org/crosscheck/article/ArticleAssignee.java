package org.crosscheck.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** One member assigned to work on one article. */
@Entity
@Table(name = "article_assignee")
class ArticleAssignee extends AbstractEntity {

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "assigned_by", nullable = false)
    private long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected ArticleAssignee() {
    }

    ArticleAssignee(long articleId, long projectId, long userId, long assignedBy, Instant assignedAt) {
        this.articleId = articleId;
        this.projectId = projectId;
        this.userId = userId;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** When the assignee submitted their own marks (independent mode); null until then. */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    Instant getSubmittedAt() {
        return submittedAt;
    }

    void submit(Instant at) {
        this.submittedAt = at;
    }

    long getArticleId() {
        return articleId;
    }

    long getUserId() {
        return userId;
    }

    long getProjectId() {
        return projectId;
    }
}
