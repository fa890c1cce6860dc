package org.crosscheck.project;

/** What the project feature tells listeners (audit, live updates) after each change. */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    public record ProjectCreated(long projectId, String name, long byUserId) {
    }

    public record MemberAdded(long projectId, long userId, ProjectRole role, long byUserId) {
    }

    public record MemberRoleChanged(long projectId, long userId, ProjectRole from, ProjectRole to, long byUserId) {
    }

    public record MemberRemoved(long projectId, long userId, long byUserId) {
    }
}
