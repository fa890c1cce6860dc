package org.crosscheck.trash;

/**
 * What a restore brought back: its type, its new id, the article it is (on) now, and a sentence
 * for the user ("Quote “…” restored with 2 comments.").
 */
public record Restored(TrashType type, long id, Long articleId, String message) {
}
