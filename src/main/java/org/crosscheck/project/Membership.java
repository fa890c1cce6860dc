package org.crosscheck.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** One user's role in one project. */
@Entity
@Table(name = "membership")
class Membership extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProjectRole role;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Membership() {
    }

    Membership(long projectId, long userId, ProjectRole role, Instant addedAt) {
        this.projectId = projectId;
        this.userId = userId;
        this.role = role;
        this.addedAt = addedAt;
    }

    long getProjectId() {
        return projectId;
    }

    long getUserId() {
        return userId;
    }

    ProjectRole getRole() {
        return role;
    }

    void setRole(ProjectRole role) {
        this.role = role;
    }
}
