package org.crosscheck.project;

import org.crosscheck.account.GroupsAtSignIn;
import org.crosscheck.account.SingleSignOnProperties;
import org.crosscheck.account.SingleSignOnProperties.GroupMembership;
import org.crosscheck.project.ProjectEvents.MemberAdded;
import org.crosscheck.project.ProjectEvents.MemberRemoved;
import org.crosscheck.project.ProjectEvents.MemberRoleChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Memberships that follow the identity provider's groups ({@code crosscheck.sso.memberships}): at
 * each sign-in, a member of a mapped group becomes a member of the group's project with its role,
 * and a membership a group gave is removed when the person has left the group. A membership a lead
 * gave by hand is never changed by a group. Runs in the sign-in's transaction.
 */
@Component
@Transactional
class GroupMemberships {

    private static final Logger log = LoggerFactory.getLogger(GroupMemberships.class);

    private final SingleSignOnProperties settings;
    private final ProjectRepository projects;
    private final MembershipRepository memberships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupMemberships(SingleSignOnProperties settings, ProjectRepository projects, MembershipRepository memberships,
                     ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.projects = projects;
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void follow(GroupsAtSignIn signIn) {
        for (GroupMembership mapping : settings.memberships()) {
            ProjectRole role;
            try {
                role = ProjectRole.valueOf(mapping.role().strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                log.warn("crosscheck.sso.memberships: '{}' is not a project role", mapping.role());
                continue;
            }
            for (Project project : projectsNamed(mapping.project())) {
                apply(signIn, mapping.group(), project.getId(), role);
            }
        }
    }

    private void apply(GroupsAtSignIn signIn, String group, long projectId, ProjectRole role) {
        Optional<Membership> existing = memberships.findByProjectIdAndUserId(projectId, signIn.userId());
        boolean inGroup = signIn.groups().contains(group);
        if (existing.isEmpty()) {
            if (inGroup) {
                Membership made = new Membership(projectId, signIn.userId(), role, clock.instant());
                made.setViaGroup(group);
                memberships.save(made);
                events.publishEvent(new MemberAdded(projectId, signIn.userId(), role, signIn.userId()));
            }
            return;
        }
        Membership membership = existing.get();
        if (!group.equals(membership.getViaGroup())) {
            return;
        }
        if (membership.getRole() == ProjectRole.LEAD && (!inGroup || role != ProjectRole.LEAD)
                && memberships.findByProjectId(projectId).stream().filter(m -> m.getRole() == ProjectRole.LEAD).count() <= 1) {
            // As a lead's own change would be refused: a project keeps a lead.
            log.warn("Group {} would leave project {} without a lead; membership of user {} kept", group, projectId,
                    signIn.userId());
            return;
        }
        if (!inGroup) {
            memberships.delete(membership);
            events.publishEvent(new MemberRemoved(projectId, signIn.userId(), membership.getRole(), signIn.userId()));
        } else if (membership.getRole() != role) {
            events.publishEvent(new MemberRoleChanged(projectId, signIn.userId(), membership.getRole(), role,
                    signIn.userId()));
            membership.setRole(role);
        }
    }

    private List<Project> projectsNamed(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return List.of();
        }
        if (nameOrId.strip().matches("\\d{1,18}")) {
            return projects.findById(Long.parseLong(nameOrId.strip())).map(List::of).orElse(List.of());
        }
        List<Project> named = projects.findByName(nameOrId.strip());
        if (named.size() > 1) {
            // Names are not unique: a project someone else named alike must not receive the group's people.
            log.warn("crosscheck.sso.memberships: {} projects are named '{}'; give the project's id instead", named.size(),
                    nameOrId.strip());
            return List.of();
        }
        return named;
    }
}
