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

    /** The identity provider's group that gave this membership; null when a lead gave it. */
    @Column(name = "via_group", length = 200)
    private String viaGroup;

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

    String getViaGroup() {
        return viaGroup;
    }

    void setViaGroup(String group) {
        this.viaGroup = group;
    }
}
