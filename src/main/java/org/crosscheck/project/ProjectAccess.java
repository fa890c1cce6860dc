package org.crosscheck.project;

import org.crosscheck.base.NotFoundException;
import org.crosscheck.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The one place that decides what the current caller may do in a project. Services use it in
 * {@code @PreAuthorize("@projectAccess.canRead(#projectId)")} or, when the project id comes from a
 * loaded entity, through the {@code require*} methods; views ask it only to hide controls. An
 * administrator may do everything a lead may.
 */
@Component("projectAccess")
@Transactional(readOnly = true)
public class ProjectAccess {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    ProjectAccess(MembershipRepository memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** The caller's role in the project; empty when they are not a member (administrators are leads everywhere). */
    public Optional<ProjectRole> roleIn(long projectId) {
        Optional<String> username = currentUser.username();
        if (username.isEmpty()) {
            return Optional.empty();
        }
        if (currentUser.isAdmin()) {
            return Optional.of(ProjectRole.LEAD);
        }
        return memberships.findRole(projectId, username.get());
    }

    /**
     * The roles in the project of other people (active accounts that are members), for deciding who
     * may be told of a change: someone absent from the answer may not read the project.
     */
    public java.util.Map<Long, ProjectRole> rolesOf(long projectId, java.util.Collection<Long> userIds) {
        java.util.Map<Long, ProjectRole> out = new java.util.HashMap<>();
        if (!userIds.isEmpty()) {
            memberships.rolesOf(projectId, userIds).forEach(r -> out.put((Long) r[0], (ProjectRole) r[1]));
        }
        return out;
    }

    /** The projects the caller leads as a member (an administrator leads every project without being listed). */
    public List<Long> ledProjectIds() {
        return currentUser.username().map(u -> memberships.projectIdsWithRole(u, ProjectRole.LEAD)).orElse(List.of());
    }

    public boolean canRead(long projectId) {
        return roleIn(projectId).isPresent();
    }

    public boolean canAnnotate(long projectId) {
        return roleIn(projectId).map(ProjectRole::canAnnotate).orElse(false);
    }

    /** Whether the caller may check work in the project: a lead or a checker. */
    public boolean canCheck(long projectId) {
        return roleIn(projectId).map(ProjectRole::canCheck).orElse(false);
    }

    public boolean canLead(long projectId) {
        return roleIn(projectId).filter(r -> r == ProjectRole.LEAD).isPresent();
    }

    /**
     * Refuses a thing of a project the caller may not read exactly as if it did not exist, so that
     * probing ids tells nothing about other projects.
     */
    public void requireVisible(long projectId, String what, long id) {
        if (!canRead(projectId)) {
            throw new NotFoundException(what, id);
        }
    }

    /**
     * The one rule for changing a thing someone made in a project (an annotation, a contradiction):
     * its author may while they may still annotate there, and a lead may.
     */
    public boolean mayChange(long projectId, Long authorId, long callerId) {
        return canLead(projectId) || (authorId != null && authorId == callerId && canAnnotate(projectId));
    }

    /** {@link #mayChange}, or refused; {@code what} names the thing in the log. */
    public void requireMayChange(long projectId, Long authorId, long callerId, String what) {
        if (!mayChange(projectId, authorId, callerId)) {
            throw new AccessDeniedException("Only the author or a lead may change " + what);
        }
    }

    /**
     * Both checks of a change in one lookup: a project the caller may not read is not found, as if
     * it did not exist; one they may read but not annotate in is refused.
     */
    public void requireAnnotateVisible(long projectId, String what, long id) {
        ProjectRole role = roleIn(projectId).orElseThrow(() -> new NotFoundException(what, id));
        if (!role.canAnnotate()) {
            throw new AccessDeniedException("may not annotate in project " + projectId);
        }
    }

    public void requireRead(long projectId) {
        if (!canRead(projectId)) {
            throw new AccessDeniedException("no access to project " + projectId);
        }
    }

    public void requireAnnotate(long projectId) {
        if (!canAnnotate(projectId)) {
            throw new AccessDeniedException("may not annotate in project " + projectId);
        }
    }

    public void requireLead(long projectId) {
        if (!canLead(projectId)) {
            throw new AccessDeniedException("not a lead of project " + projectId);
        }
    }
}
