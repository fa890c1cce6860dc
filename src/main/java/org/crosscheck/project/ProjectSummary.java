package org.crosscheck.project;

import java.time.Instant;

/**
 * A project as other features and views see it, with the caller's role in it ({@code myRole}: what
 * they may do, an administrator leads every project) and their membership's ({@code memberRole}:
 * null for an administrator who is not a member).
 */
public record ProjectSummary(long id, String name, String description, Instant createdAt, ProjectRole myRole,
                             long version, boolean membersMayExport, ProjectRole memberRole) {

    /** The role as the projects list and the project page show it: an administrator is not called a member. */
    public String roleLabel() {
        if (memberRole == null) {
            return "Admin (not a member)";
        }
        return memberRole == myRole ? myRole.label() : memberRole.label() + " (and admin)";
    }

    /** Whether the caller may export the project: a lead always, the others when the project lets members export. */
    public boolean mayExport() {
        return myRole == ProjectRole.LEAD || membersMayExport;
    }
}
