package org.crosscheck.base;

import java.util.List;

/**
 * A domain event that open views should hear about: which topics it concerns ("article:12",
 * "project:3") and what changed. Features mark their events with it; the live-update machinery
 * relays them after commit without knowing the features.
 */
public interface LiveChange extends DomainEvent.InProject {

    /** The topics whose viewers are affected, e.g. {@code article:12}. */
    List<String> topics();

    /** What kind of thing viewers should refresh: by default the subject of the change. */
    default String entity() {
        return subjectType();
    }

    /** The id of the thing viewers should refresh: by default the subject's. */
    default long entityId() {
        return subjectId();
    }

    /**
     * What was done, as a live notice says it after the person's name ("added a quote"); null when
     * there is nothing more telling than "made a change".
     */
    default String done() {
        return null;
    }

    /**
     * A change told again to someone it concerns (a notification of a comment, an assignment): it
     * is delivered live like any other, but the audit trail, which has the change itself, leaves it out.
     */
    interface Echo extends LiveChange {
    }

    /** The topic of one user's own live changes (their notifications), wherever they are in the app. */
    static String user(long userId) {
        return "user:" + userId;
    }

    /** A change that concerns one article and its viewers. */
    interface InArticle extends LiveChange {
        long articleId();

        @Override
        default List<String> topics() {
            return List.of(article(articleId()));
        }
    }

    static String article(long articleId) {
        return "article:" + articleId;
    }

    static String project(long projectId) {
        return "project:" + projectId;
    }
}
