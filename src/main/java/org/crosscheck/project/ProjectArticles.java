package org.crosscheck.project;

import java.util.List;

/**
 * The articles of a project, as the project feature must know of them for the event that says a
 * project was deleted. The article feature (above this one) implements it, so no query of this
 * feature reads the article table.
 */
public interface ProjectArticles {

    /** The ids of the project's articles, ascending. */
    List<Long> articleIdsOf(long projectId);
}
