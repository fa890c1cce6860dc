package org.crosscheck.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.crosscheck.base.AbstractEntity;

import java.time.Instant;

/** A set of articles about one event, and the people reviewing them. */
@Entity
@Table(name = "project")
class Project extends AbstractEntity {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether reviewers and observers may export the project too (leads always may). */
    @Column(name = "members_may_export", nullable = false)
    private boolean membersMayExport;

    /** Independent double annotation: assignees mark alone and see each other's marks once they submitted. */
    @Column(nullable = false)
    private boolean independent;

    protected Project() {
    }

    boolean isIndependent() {
        return independent;
    }

    void setIndependent(boolean independent) {
        this.independent = independent;
    }

    Project(String name, String description, long createdBy, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    String getName() {
        return name;
    }

    void rename(String name, String description) {
        this.name = name;
        this.description = description;
    }

    boolean isMembersMayExport() {
        return membersMayExport;
    }

    void setMembersMayExport(boolean membersMayExport) {
        this.membersMayExport = membersMayExport;
    }

    String getDescription() {
        return description;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
