package org.crosscheck.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/**
 * Where the app's pages are, for links between features. A feature below the screen it links to
 * (the project list links to a project's page, which links to the reader) cannot name that view
 * class without a dependency cycle; it asks this instead, and the top of the app, which knows every
 * view class, answers with the route Vaadin has for the class. No route is written twice.
 */
public interface Pages {

    String projects();

    /** The articles assigned to the caller, in every project. */
    String assigned();

    /** The signed-in user's account page (access tokens). */
    String account();

    String project(long projectId);

    /**
     * The project page with its article list filtered: by status (an {@code ArticleStatus} name,
     * "READY_FOR_REVIEW") and by assignee (a username); either may be null.
     */
    String project(long projectId, String status, String assignee);

    /** The project's progress dashboard. */
    String dashboard(long projectId);

    /** The Users screen (administrators). */
    String users();

    /** The audit trail (administrators, and leads for their projects). */
    String audit();

    /** The audit trail of one thing: "annotation" or "contradiction" and its id. */
    String history(String targetType, long targetId);

    String article(long articleId);

    String contradictions(long projectId);

    /** Curating an article marked independently: agreement, and the assignees' marks side by side. */
    String curate(long articleId);

    /** A project's agreement, article by article. */
    String agreement(long projectId);

    /** What the team did in the project, newest first. */
    String activity(long projectId);

    /** The Check screen of an article: its annotations and contradictions with the checkers' decisions. */
    String check(long articleId);

    /** The project's kinds of annotation: the built-in ones and its own. */
    String kinds(long projectId);

    /** The project's trash (leads): what was deleted lately, to restore. */
    String trash(long projectId);

    /** The project's suggestions to review. */
    String suggestions(long projectId);

    /** The project's claims matrix: each outlet's figures for each thing counted. */
    String claims(long projectId);

    /** The project's claims timeline: each outlet's values for one thing counted, against publication time. */
    String timeline(long projectId);

    /** The project's export and import page. */
    String exchange(long projectId);

    /** Where a bundle is imported as a new project. */
    String importProject();

    /** The project's search page, showing what {@code words} find. */
    String search(long projectId, String words);

    /** The reader with {@code start}–{@code end} of the text selected and in view (a search match). */
    default String articleAt(long articleId, int start, int end) {
        return article(articleId) + "?" + AT + "=" + start + "-" + end;
    }

    /** The reader with one annotation selected and in view. */
    default String annotation(long articleId, long annotationId) {
        return article(articleId) + "?" + ANNOTATION + "=" + annotationId;
    }

    /** An id given in a query parameter, if it is one ("12"); empty for anything else. */
    static java.util.Optional<Long> id(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The reader's query parameters for {@link #articleAt} and {@link #annotation}. */
    String AT = "at";
    String ANNOTATION = "annotation";

    /** The compare view's query parameter that aligns a copy with its original, paragraph by paragraph. */
    String ALIGNED = "aligned";

    /** A copy (left) and its original (right), paragraph by paragraph. */
    default String compareAligned(long copyArticleId, long originalArticleId) {
        return compare(copyArticleId, originalArticleId, null) + "?" + ALIGNED;
    }

    /** Two articles side by side, optionally showing one contradiction between them. */
    String compare(long leftArticleId, long rightArticleId, Long contradictionId);

    /** Navigates the UI to one of the addresses above. */
    default void go(UI ui, String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            ui.navigate(address);
        } else {
            ui.navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        }
    }
}
