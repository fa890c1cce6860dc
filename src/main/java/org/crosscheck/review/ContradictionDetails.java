package org.crosscheck.review;

import org.crosscheck.base.Texts;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.TextSpan;

import java.time.Instant;
import java.util.List;

/** A contradiction with its spans, as views and listeners see it. */
public record ContradictionDetails(long id, long projectId, ContradictionCategory category, ContradictionStatus status,
                                String note, String statusReason, UserSummary author, Instant createdAt,
                                Instant updatedAt, List<Side> spans, long version) {

    /** One span of the contradiction, with the article it is in. */
    public record Side(long spanId, long articleId, String articleTitle, String outlet, TextSpan span,
                       Long annotationId) {

        public String source() {
            return outlet == null ? articleTitle : outlet;
        }
    }

    /** The spans in the given article. */
    public List<Side> spansIn(long articleId) {
        return spans.stream().filter(s -> s.articleId() == articleId).toList();
    }

    /** The spans outside the given one: "the other side(s)". */
    public List<Side> othersThan(long spanId) {
        return spans.stream().filter(s -> s.spanId() != spanId).toList();
    }

    /** One line: "Figure mismatch: “More than 1,000 people” / “almost 1,000 people”". */
    public String headline() {
        StringBuilder sb = new StringBuilder(category.label()).append(": ");
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0) {
                sb.append(" / ");
            }
            String exact = spans.get(i).span().exact();
            sb.append('“').append(Texts.abbreviate(exact, 60)).append('”');
        }
        return sb.toString();
    }
}
