package org.crosscheck.project.ui;

import org.crosscheck.base.i18n.I18n;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectSummary;

/**
 * A member's role as a screen shows it, in the window's language; {@link ProjectRole#label()} stays
 * English for the API, the exports and the audit trail.
 */
public final class RoleNames {

    private RoleNames() {
    }

    public static String of(ProjectRole role) {
        return I18n.t("project.role." + role.name());
    }

    /** The caller's role in a project, as the projects list and the project page show it (see {@link ProjectSummary#roleLabel()}). */
    public static String of(ProjectSummary project) {
        if (project.memberRole() == null) {
            return I18n.t("project.role.admin-not-member");
        }
        return project.memberRole() == project.myRole() ? of(project.myRole())
                : I18n.t("project.role.and-admin", of(project.memberRole()));
    }
}
