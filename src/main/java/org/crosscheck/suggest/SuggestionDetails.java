package org.crosscheck.suggest;

import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.TextSpan;
import org.crosscheck.review.ContradictionCategory;

import java.time.Instant;
import java.util.List;

/**
 * A suggestion as views and the API show it: a quote (with its proposed speaker and the words that
 * named them, when the text did) or figure on one article's span, or a contradiction between the
 * {@code sides} of several; confidence 0 to 100.
 */
public record SuggestionDetails(long id, long projectId, SuggestionKind kind, SuggestionStatus status, Long articleId,
                                TextSpan span, String speaker, SpeakerMention speakerMention, SuggestedFigure figure, ContradictionCategory category,
                                String explanation, List<Side> sides, int confidence, Instant createdAt,
                                Long resolvedBy, Instant resolvedAt, Long annotationId, Long contradictionId,
                                long version) {

    /** One side of a proposed contradiction. */
    public record Side(long articleId, TextSpan span) {
    }

    /** Every article the suggestion touches. */
    public List<Long> articleIds() {
        return articleId != null ? List.of(articleId) : sides.stream().map(Side::articleId).distinct().toList();
    }

    /**
     * The fields an annotation made from it starts with, as accepting it unchanged would save them:
     * the proposed speaker (none when the engine found none); the figure, a range as its low end
     * "at least". Null for a contradiction.
     */
    public AnnotationFields proposedFields() {
        return switch (kind) {
            case QUOTE -> AnnotationFields.quote(speaker);
            case FIGURE -> SuggestionService.figureFields(figure, SuggestionEdits.none());
            case CONTRADICTION -> null;
        };
    }

    /** One line saying what is proposed: the speaker, the figure, or the explanation. */
    public String summary() {
        return switch (kind) {
            case QUOTE -> speaker == null ? "speaker not found" : speaker;
            case FIGURE -> figure.claim() + (figure.counted() == null ? "" : " " + figure.counted());
            case CONTRADICTION -> category.label() + ": " + explanation;
        };
    }
}
