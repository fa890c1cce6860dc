package org.crosscheck.reader.ui;

import org.crosscheck.review.ContradictionDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The contradiction layer: each span of a contradiction in this article, with its other sides as tooltip. */
final class ContradictionMarks {

    private ContradictionMarks() {
    }

    static MarkLayer of(List<ContradictionDetails> contradictions, long articleId) {
        return text -> {
            List<Mark> marks = new ArrayList<>();
            for (ContradictionDetails c : contradictions) {
                for (ContradictionDetails.Side side : c.spansIn(articleId)) {
                    String others = c.othersThan(side.spanId()).stream()
                            .map(o -> o.source() + ": “" + o.span().exact() + "”").collect(Collectors.joining("; "));
                    String label = "Contradiction (" + c.category().label() + ", " + c.status().label().toLowerCase()
                            + ")" + (others.isEmpty() ? "" : " with " + others);
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
