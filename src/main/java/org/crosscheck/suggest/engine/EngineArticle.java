package org.crosscheck.suggest.engine;

/** One article as the engine reads it: its id, the outlet's name (for explanations) and its text. */
public record EngineArticle(long id, String outlet, String text) {
}
