/**
 * Progress: the numbers of a project's dashboard, where its work stands. Articles per status, each
 * reviewer's assignments and annotations, annotations per kind over time and the checkers' outcomes,
 * each counted by the feature that keeps it (grouped in the database, never by loading the things
 * counted) and put together here, in one read-only transaction.
 */
package org.crosscheck.progress;
