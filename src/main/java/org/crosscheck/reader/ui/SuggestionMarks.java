package org.crosscheck.reader.ui;

import org.crosscheck.suggest.SuggestionDetails;

import java.util.ArrayList;
import java.util.List;

/** The suggestion layer: pending quotes, figures and contradiction sides on this article, drawn dashed. */
final class SuggestionMarks {

    static final String KIND = "suggestion";

    private SuggestionMarks() {
    }

    static MarkLayer of(List<SuggestionDetails> pending, long articleId) {
        return text -> {
            List<Mark> marks = new ArrayList<>();
            for (SuggestionDetails s : pending) {
                if (s.span() != null && s.articleId() != null && s.articleId() == articleId) {
                    Mark.anchored(id(s.id()), KIND, s.span(), text, "Suggested " + s.kind().name().toLowerCase()
                            + ": " + s.summary()).ifPresent(marks::add);
                }
                for (SuggestionDetails.Side side : s.sides()) {
                    // One mark per suggestion: a contradiction with two sides in this article shows its first.
                    if (side.articleId() == articleId && marks.stream().noneMatch(m -> m.id().equals(id(s.id())))) {
                        Mark.anchored(id(s.id()), KIND, side.span(), text, "Suggested contradiction: " + s.explanation())
                                .ifPresent(marks::add);
                    }
                }
            }
            return marks;
        };
    }

    static String id(long suggestionId) {
        return "s" + suggestionId;
    }
}
