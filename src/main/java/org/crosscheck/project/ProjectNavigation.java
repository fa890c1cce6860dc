package org.crosscheck.project;

/** How other features link to a project's pages. */
public final class ProjectNavigation {

    private ProjectNavigation() {
    }

    public static String projectPath(long projectId) {
        return "projects/" + projectId;
    }

    public static String contradictionsPath(long projectId) {
        return "projects/" + projectId + "/contradictions";
    }

    public static String articlePath(long articleId) {
        return "articles/" + articleId;
    }
}
