package org.crosscheck.project;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.MissingRightException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.project.ProjectEvents.ExportPolicyChanged;
import org.crosscheck.project.ProjectEvents.MemberAdded;
import org.crosscheck.project.ProjectEvents.MemberRemoved;
import org.crosscheck.project.ProjectEvents.MemberRoleChanged;
import org.crosscheck.project.ProjectEvents.ProjectCreated;
import org.crosscheck.project.ProjectEvents.ProjectDeleted;
import org.crosscheck.project.ProjectEvents.ProjectDetailsChanged;
import org.crosscheck.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.crosscheck.base.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Projects and their members. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProjectService {

    private final ProjectRepository projects;
    private final MembershipRepository memberships;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The article feature's list of a project's articles. */
    private final ProjectArticles articlesOf;

    ProjectService(ProjectRepository projects, MembershipRepository memberships, ProjectAccess access,
                   AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                   ProjectArticles articlesOf) {
        this.articlesOf = articlesOf;
        this.projects = projects;
        this.memberships = memberships;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Why a user without the project creator right may neither create nor import a project. */
    public static final String CREATOR_RIGHT_MISSING = "Creating or importing projects needs the project creator right; "
            + "an administrator can give it to you.";

    /** Creates a project with the caller as its lead. */
    @Transactional
    public ProjectSummary create(String name, String description) {
        if (!accounts.mayCreateProjects()) {
            throw new MissingRightException(CREATOR_RIGHT_MISSING);
        }
        String cleanName = Texts.optionalLine(name, Project.MAX_NAME, "The project's name");
        if (cleanName == null) {
            throw DomainException.of("project.error.name-missing", Project.MAX_NAME);
        }
        String cleanDescription = Texts.optional(description, Project.MAX_DESCRIPTION, "The description");
        long me = accounts.me().id();
        Project project = projects.save(new Project(cleanName, cleanDescription, me, clock.instant()));
        memberships.save(new Membership(project.getId(), me, ProjectRole.LEAD, clock.instant()));
        events.publishEvent(new ProjectCreated(project.getId(), cleanName, cleanDescription, me));
        return summary(project, ProjectRole.LEAD, ProjectRole.LEAD);
    }

    /**
     * The name a project imported from a bundle gets: "{@code <name> (imported)}", or "(imported 2)",
     * "(imported 3)"… when the caller already sees a project of that name, so the copy is never
     * mistaken for its original in the list. A missing name stays missing (creating refuses it).
     */
    public String nameForImport(String original) {
        if (original == null || original.isBlank()) {
            return original;
        }
        String base = original.strip();
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? " (imported)" : " (imported " + n + ")";
            String name = base.length() + suffix.length() > Project.MAX_NAME
                    ? base.substring(0, Project.MAX_NAME - suffix.length()).strip() + suffix : base + suffix;
            if (!visibleNameTaken(name)) {
                return name;
            }
        }
    }

    private boolean visibleNameTaken(String name) {
        return currentUser.isAdmin() ? projects.existsByNameIgnoreCase(name)
                : projects.existsForMemberByName(accounts.me().id(), name);
    }

    /** A lead renames the project or describes it again, if nobody changed it meanwhile. */
    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public ProjectSummary updateDetails(long projectId, String name, String description, long expectedVersion) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        project.requireVersion(expectedVersion, "project.error.changed-meanwhile");
        String cleanName = Texts.optionalLine(name, Project.MAX_NAME, "The project's name");
        if (cleanName == null) {
            throw DomainException.of("project.error.name-missing", Project.MAX_NAME);
        }
        String cleanDescription = Texts.optional(description, Project.MAX_DESCRIPTION, "The description");
        String beforeName = project.getName();
        String beforeDescription = project.getDescription();
        project.rename(cleanName, cleanDescription);
        projects.flush();
        events.publishEvent(new ProjectDetailsChanged(projectId, beforeName, beforeDescription, cleanName,
                cleanDescription, accounts.me().id()));
        return forCaller(project);
    }

    /**
     * A lead sets the project to independent double annotation (each assignee marks alone until they
     * submit) or back to shared marking.
     */
    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public void setIndependent(long projectId, boolean independent) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        boolean before = project.isIndependent();
        if (before != independent) {
            project.setIndependent(independent);
            projects.flush();
            events.publishEvent(new ProjectEvents.WorkModeChanged(projectId, before, independent, accounts.me().id()));
        }
    }

    /** Whether the project is in independent mode (a project the caller may not read is not found). */
    public boolean isIndependent(long projectId) {
        access.requireVisible(projectId, "project", projectId);
        return projects.findById(projectId).map(Project::isIndependent).orElseThrow(() -> new NotFoundException("project", projectId));
    }

    /** A lead lets every member export the project, or only its leads. */
    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public ProjectSummary setMembersMayExport(long projectId, boolean membersMayExport) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        boolean before = project.isMembersMayExport();
        if (before != membersMayExport) {
            project.setMembersMayExport(membersMayExport);
            projects.flush();
            events.publishEvent(new ExportPolicyChanged(projectId, before, membersMayExport, accounts.me().id()));
        }
        return forCaller(project);
    }

    /**
     * Deletes the project with everything in it (members, articles, annotations, comments,
     * contradictions, by the database's cascade). The lead types the project's name to confirm, so
     * a slip of the mouse never deletes a project.
     */
    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public void delete(long projectId, String typedName) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        if (typedName == null || !typedName.strip().equals(project.getName())) {
            throw DomainException.of("project.error.delete-name", project.getName());
        }
        events.publishEvent(new ProjectDeleted(projectId, project.getName(), project.getDescription(),
                articlesOf.articleIdsOf(projectId), memberships.findByProjectId(projectId).stream()
                .map(Membership::getUserId).toList(), accounts.me().id()));
        projects.delete(project);
        projects.flush();
    }

    /** The projects the caller belongs to (all of them for an administrator), by name. */
    public Slice<ProjectSummary> myProjects(Pageable pageable) {
        Pageable page = Paging.capped(pageable);
        if (currentUser.isAdmin()) {
            Map<Long, ProjectRole> asMember = memberships.findByUserId(accounts.me().id()).stream()
                    .collect(Collectors.toMap(Membership::getProjectId, Membership::getRole));
            return projects.findAllOrdered(page).map(p -> summary(p, ProjectRole.LEAD, asMember.get(p.getId())));
        }
        long me = accounts.me().id();
        Map<Long, ProjectRole> roles = memberships.findByUserId(me).stream()
                .collect(Collectors.toMap(Membership::getProjectId, Membership::getRole));
        return projects.findForMember(me, page).map(p -> summary(p, roles.get(p.getId()), roles.get(p.getId())));
    }

    /** The project; one the caller may not read is not found, exactly like one that does not exist. */
    public ProjectSummary get(long projectId) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        access.requireVisible(projectId, "project", projectId);
        return forCaller(project);
    }

    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<MemberSummary> members(long projectId) {
        List<Membership> list = memberships.findByProjectId(projectId);
        Map<Long, UserSummary> users = accounts.findByIds(list.stream().map(Membership::getUserId).toList());
        return list.stream()
                .filter(m -> users.containsKey(m.getUserId()))
                .map(m -> new MemberSummary(users.get(m.getUserId()), m.getRole()))
                .sorted(Comparator.comparing((MemberSummary m) -> m.role().ordinal())
                        .thenComparing(m -> m.user().displayName()))
                .toList();
    }

    /** A user's membership of one project, as the Users screen shows it. */
    public record UserMembership(long projectId, String projectName, ProjectRole role) {
    }

    /** The projects a user is a member of, with their role in each, by project name (administrators). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserMembership> membershipsOf(long userId) {
        Map<Long, ProjectRole> roles = memberships.findByUserId(userId).stream()
                .collect(Collectors.toMap(Membership::getProjectId, Membership::getRole));
        return projects.findAllById(roles.keySet()).stream()
                .map(p -> new UserMembership(p.getId(), p.getName(), roles.get(p.getId())))
                .sorted(Comparator.comparing(UserMembership::projectName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Adds a member, or changes the role of an existing one. */
    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public MemberSummary setMember(long projectId, String username, ProjectRole role) {
        // Whether the name exists is told to administrators only, and to leads at a limited rate.
        UserSummary user = accounts.requireForMembership(username);
        long me = accounts.me().id();
        var existing = memberships.findByProjectIdAndUserId(projectId, user.id());
        if (existing.isPresent()) {
            Membership membership = existing.get();
            ProjectRole from = membership.getRole();
            if (from != role) {
                if (from == ProjectRole.LEAD) {
                    requireAnotherLead(projectId);
                }
                membership.setRole(role);
                events.publishEvent(new MemberRoleChanged(projectId, user.id(), from, role, me));
            }
        } else {
            memberships.save(new Membership(projectId, user.id(), role, clock.instant()));
            events.publishEvent(new MemberAdded(projectId, user.id(), role, me));
        }
        return new MemberSummary(user, role);
    }

    @PreAuthorize("@projectAccess.canLead(#projectId)")
    @Transactional
    public void removeMember(long projectId, long userId) {
        Membership membership = memberships.findByProjectIdAndUserId(projectId, userId)
                .orElseThrow(() -> DomainException.of("project.error.not-member"));
        if (membership.getRole() == ProjectRole.LEAD) {
            requireAnotherLead(projectId);
        }
        memberships.delete(membership);
        events.publishEvent(new MemberRemoved(projectId, userId, membership.getRole(), accounts.me().id()));
    }

    private void requireAnotherLead(long projectId) {
        if (memberships.countByProjectIdAndRole(projectId, ProjectRole.LEAD) < 2) {
            throw DomainException.of("project.error.last-lead");
        }
    }

    /** The project with the caller's role, and their membership's (none for an administrator who is not a member). */
    private ProjectSummary forCaller(Project p) {
        ProjectRole role = access.roleIn(p.getId()).orElseThrow();
        ProjectRole asMember = currentUser.isAdmin()
                ? currentUser.username().flatMap(u -> memberships.findRole(p.getId(), u)).orElse(null) : role;
        return summary(p, role, asMember);
    }

    private static ProjectSummary summary(Project p, ProjectRole role, ProjectRole memberRole) {
        return new ProjectSummary(p.getId(), p.getName(), p.getDescription(), p.getCreatedAt(), role, p.getVersion(),
                p.isMembersMayExport(), memberRole);
    }
}
