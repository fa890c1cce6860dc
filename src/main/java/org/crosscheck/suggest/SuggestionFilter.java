package org.crosscheck.suggest;

/** Which suggestions to list: of a kind, in a status, touching an article (each null for any). */
public record SuggestionFilter(SuggestionKind kind, SuggestionStatus status, Long articleId) {

    public static SuggestionFilter pending() {
        return new SuggestionFilter(null, SuggestionStatus.PENDING, null);
    }
}
