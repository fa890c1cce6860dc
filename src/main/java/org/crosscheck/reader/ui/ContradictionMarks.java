package org.crosscheck.reader.ui;

import org.crosscheck.base.i18n.Messages;
import org.crosscheck.review.ContradictionDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The contradiction layer: each span of a contradiction in this article, with its other sides as tooltip. */
final class ContradictionMarks {

    private ContradictionMarks() {
    }

    /** The layer with its tooltips in {@code locale}. */
    static MarkLayer of(List<ContradictionDetails> contradictions, long articleId, Locale locale) {
        return text -> {
            List<Mark> marks = new ArrayList<>();
            for (ContradictionDetails c : contradictions) {
                for (ContradictionDetails.Side side : c.spansIn(articleId)) {
                    String others = c.othersThan(side.spanId()).stream()
                            .map(o -> Messages.text("reader.mark.contradiction-side", locale, o.source(), o.span().exact()))
                            .collect(Collectors.joining("; "));
                    String category = Messages.text("reader.contradiction.category." + c.category().name(), locale);
                    String status = Messages.text("reader.contradiction.status." + c.status().name(), locale);
                    String label = others.isEmpty()
                            ? Messages.text("reader.mark.contradiction", locale, category, status)
                            : Messages.text("reader.mark.contradiction-with", locale, category, status, others);
                    Mark.anchored(id(side.spanId()), "contradiction", side.span(), text, label).ifPresent(marks::add);
                }
            }
            return marks;
        };
    }

    static String id(long spanId) {
        return "c" + spanId;
    }
}
