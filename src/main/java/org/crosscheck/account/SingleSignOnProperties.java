package org.crosscheck.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * How accounts follow an identity provider (the providers themselves are Spring Security's
 * {@code spring.security.oauth2.client.*} properties): which claim lists a person's groups, which
 * groups make administrators and project creators, which give memberships of projects, and whether
 * local passwords still sign in.
 *
 * @param groupsClaim          the claim of the ID token (or user info) that lists the groups
 * @param adminGroups          members of any of these are administrators; everyone else is a user
 * @param projectCreatorGroups members of any of these may create projects
 * @param memberships          a group's members are members of a project with a role
 * @param localLogin           false: only the break-glass accounts sign in with a password
 * @param breakGlass           local accounts that sign in with a password even when localLogin is false
 */
@ConfigurationProperties("crosscheck.sso")
public record SingleSignOnProperties(String groupsClaim, List<String> adminGroups, List<String> projectCreatorGroups,
                                     List<GroupMembership> memberships, Boolean localLogin, List<String> breakGlass) {

    public SingleSignOnProperties {
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        adminGroups = adminGroups == null ? List.of() : List.copyOf(adminGroups);
        projectCreatorGroups = projectCreatorGroups == null ? List.of() : List.copyOf(projectCreatorGroups);
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        localLogin = localLogin == null || localLogin;
        breakGlass = breakGlass == null ? List.of("admin")
                : breakGlass.stream().map(n -> n.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Whether the administrator role follows the provider's groups (admin groups are named). */
    public boolean mapsAdmins() {
        return !adminGroups.isEmpty();
    }

    /** Whether the right to create projects follows the provider's groups (creator groups are named). */
    public boolean mapsProjectCreators() {
        return !projectCreatorGroups.isEmpty();
    }

    /** Whether {@code username} may sign in with a password here. */
    public boolean allowsPassword(String username) {
        return localLogin || username != null && breakGlass.contains(username.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The members of {@code group} are members of the project named {@code project} (its name as a
     * lead wrote it, or its id) with {@code role} (LEAD, CHECKER, REVIEWER, OBSERVER).
     */
    public record GroupMembership(String group, String project, String role) {
    }
}
