package org.crosscheck.annotation;

import org.crosscheck.account.UserSummary;

import java.time.Instant;

/** An annotation as views and listeners see it, with its author. */
public record AnnotationView(long id, long projectId, long articleId, AnnotationKind kind, TextSpan span,
                             AnnotationFields fields, UserSummary author, Instant createdAt, Instant updatedAt,
                             long version) {

    /** One line describing the annotation: the speaker, the figure, or the note. */
    public String summary() {
        return switch (kind) {
            case QUOTE -> fields.speaker();
            case FIGURE -> {
                FigureQualifier q = fields.figureQualifier();
                String qualifier = q == null || q == FigureQualifier.NONE ? "" : q.label() + " ";
                String unit = fields.figureUnit() == null ? "" : " " + fields.figureUnit();
                yield qualifier + fields.figureValue().toPlainString() + unit + " " + fields.figureCounts();
            }
            case NOTE -> fields.note();
        };
    }
}
