package org.crosscheck.project;

import java.time.Instant;

/** A project as other features and views see it, with the caller's role in it. */
public record ProjectSummary(long id, String name, String description, Instant createdAt, ProjectRole myRole,
                             long version, boolean membersMayExport) {

    /** Whether the caller may export the project: a lead always, the others when the project lets members export. */
    public boolean mayExport() {
        return myRole == ProjectRole.LEAD || membersMayExport;
    }
}
