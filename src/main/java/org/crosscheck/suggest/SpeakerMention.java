package org.crosscheck.suggest;

/**
 * The words of an article that named a suggested quote's speaker, at {@code [start, end)}: what the
 * engine read as "who said it" ("he", "the spokeswoman"), shown beside the name it resolved them to.
 */
public record SpeakerMention(int start, int end, String words) {
}
