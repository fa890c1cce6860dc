package org.crosscheck.reader.ui;

import org.crosscheck.base.i18n.Messages;
import org.crosscheck.suggest.SuggestionDetails;
import org.crosscheck.suggest.ui.SuggestionWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suggestion layer: pending quotes, figures and contradiction sides on this article, drawn dashed. */
final class SuggestionMarks {

    static final String KIND = "suggestion";

    private SuggestionMarks() {
    }

    /** The layer with its tooltips in {@code locale}. */
    static MarkLayer of(List<SuggestionDetails> pending, long articleId, Locale locale) {
        return text -> {
            List<Mark> marks = new ArrayList<>();
            for (SuggestionDetails s : pending) {
                if (s.span() != null && s.articleId() != null && s.articleId() == articleId) {
                    Mark.anchored(id(s.id()), KIND, s.span(), text, Messages.text("reader.mark.suggestion." + s.kind().name(),
                            locale, SuggestionWords.summary(s, locale))).ifPresent(marks::add);
                }
                for (SuggestionDetails.Side side : s.sides()) {
                    // One mark per suggestion: a contradiction with two sides in this article shows its first.
                    if (side.articleId() == articleId && marks.stream().noneMatch(m -> m.id().equals(id(s.id())))) {
                        Mark.anchored(id(s.id()), KIND, side.span(), text,
                                Messages.text("reader.mark.suggestion.CONTRADICTION", locale, s.explanation()))
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
