package org.crosscheck.project;

import org.crosscheck.base.DomainEvent;

import java.util.List;

/** What the project feature tells listeners (audit, live updates) after each change. */
public final class ProjectEvents {

    private ProjectEvents() {
    }

    /** A change of the project itself: its subject is the project. */
    public sealed interface ProjectChange extends DomainEvent.InProject
            permits ProjectCreated, ProjectDetailsChanged, ExportPolicyChanged, WorkModeChanged, ProjectDeleted {
        @Override
        default String subjectType() {
            return "project";
        }

        @Override
        default long subjectId() {
            return projectId();
        }
    }

    public record ProjectCreated(long projectId, String name, String description, long byUserId)
            implements ProjectChange {
        @Override
        public String action() {
            return "created";
        }
    }

    public record ProjectDetailsChanged(long projectId, String nameBefore, String descriptionBefore, String nameAfter,
                                        String descriptionAfter, long byUserId) implements ProjectChange {
        @Override
        public String action() {
            return "details-changed";
        }
    }

    /** Whether every member may export the project, or only its leads. */
    public record ExportPolicyChanged(long projectId, boolean membersMayExportBefore, boolean membersMayExportAfter,
                                      long byUserId) implements ProjectChange {
        @Override
        public String action() {
            return "export-policy-changed";
        }
    }

    /** Whether assignees mark alone (independent double annotation) or see each other's marks at once. */
    public record WorkModeChanged(long projectId, boolean independentBefore, boolean independentAfter, long byUserId)
            implements ProjectChange, org.crosscheck.base.LiveChange {
        @Override
        public String action() {
            return "work-mode-changed";
        }

        @Override
        public List<String> topics() {
            return List.of(org.crosscheck.base.LiveChange.project(projectId));
        }
    }

    /** The project and, by the database's cascade, its memberships, articles and all marked in them. */
    public record ProjectDeleted(long projectId, String name, String description, List<Long> articleIds,
                                 List<Long> memberIds, long byUserId) implements ProjectChange {
        @Override
        public String action() {
            return "deleted";
        }
    }

    /** A change of one member of a project; the subject is the member's user id. */
    public sealed interface MemberChange extends DomainEvent.InProject permits MemberAdded, MemberRoleChanged, MemberRemoved {
        long userId();

        @Override
        default String subjectType() {
            return "member";
        }

        @Override
        default long subjectId() {
            return userId();
        }
    }

    public record MemberAdded(long projectId, long userId, ProjectRole role, long byUserId) implements MemberChange {
        @Override
        public String action() {
            return "added";
        }
    }

    public record MemberRoleChanged(long projectId, long userId, ProjectRole from, ProjectRole to, long byUserId)
            implements MemberChange {
        @Override
        public String action() {
            return "role-changed";
        }
    }

    public record MemberRemoved(long projectId, long userId, ProjectRole role, long byUserId) implements MemberChange {
        @Override
        public String action() {
            return "removed";
        }
    }
}
