package org.crosscheck.trash;

import org.crosscheck.account.UserSummary;

import java.time.Instant;

/**
 * One thing in a project's trash, as the Trash page and the API list it: what it is, who deleted it
 * (null for a user since deleted) and when, and until when it is kept.
 */
public record TrashItem(long id, long projectId, Long articleId, TrashType type, long subjectId, String label,
                        UserSummary deletedBy, Instant deletedAt, Instant keptUntil) {
}
