package org.crosscheck.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** The latest decision on one annotation or contradiction, and whether it still holds. */
@Entity
@Table(name = "approval_decision")
class Decision extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    /** The annotation's article; null for a contradiction, whose spans may be in several. */
    @Column(name = "article_id")
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 16)
    private CheckSubject subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "author_id")
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(length = 2000)
    private String comment;

    /** False once the thing changed after the decision: then it waits to be checked again. */
    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "decided_by", nullable = false)
    private long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Decision() {
    }

    Decision(long projectId, Long articleId, CheckSubject subjectType, long subjectId) {
        this.projectId = projectId;
        this.articleId = articleId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    void decide(Outcome outcome, String comment, Long authorId, long by, Instant at) {
        this.outcome = outcome;
        this.comment = comment;
        this.authorId = authorId;
        this.decidedBy = by;
        this.decidedAt = at;
        this.current = true;
    }

    long getProjectId() {
        return projectId;
    }

    CheckSubject getSubjectType() {
        return subjectType;
    }

    long getSubjectId() {
        return subjectId;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getComment() {
        return comment;
    }

    boolean isCurrent() {
        return current;
    }

    long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
