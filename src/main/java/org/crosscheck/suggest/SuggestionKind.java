package org.crosscheck.suggest;

/** What a suggestion proposes. */
public enum SuggestionKind {
    QUOTE, FIGURE, CONTRADICTION
}
