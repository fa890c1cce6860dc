package org.crosscheck.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An article's status, who set it and when; absent until it first moves (then it is "to do"). */
@Entity
@Table(name = "article_work")
class ArticleWork {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ArticleStatus status = ArticleStatus.TODO;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(length = 1000)
    private String reason;

    protected ArticleWork() {
    }

    ArticleWork(long articleId, long projectId) {
        this.articleId = articleId;
        this.projectId = projectId;
    }

    void move(ArticleStatus to, String reason, long by, Instant at) {
        this.status = to;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }

    ArticleStatus getStatus() {
        return status;
    }

    long getArticleId() {
        return articleId;
    }

    long getProjectId() {
        return projectId;
    }

    long getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    String getReason() {
        return reason;
    }

    long getVersion() {
        return version;
    }
}
