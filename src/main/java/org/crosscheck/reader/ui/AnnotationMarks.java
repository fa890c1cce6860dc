package org.crosscheck.reader.ui;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.base.Texts;

import java.util.List;
import java.util.Optional;

/** The annotation layer: quotes, figures and notes, one mark each. */
final class AnnotationMarks {

    private AnnotationMarks() {
    }

    static MarkLayer of(List<AnnotationDetails> annotations) {
        return text -> annotations.stream().flatMap(a -> mark(a, text).stream()).toList();
    }

    static String id(long annotationId) {
        return "a" + annotationId;
    }

    /** The annotation's highlight, where its words are in {@code text}; none when they are not (orphaned). */
    static Optional<Mark> mark(AnnotationDetails a, String text) {
        String label = a.kindName() + ": " + a.summary()
                + (a.author() == null ? "" : " (" + Texts.isolate(a.author().displayName()) + ")");
        return Mark.anchored(id(a.id()), a.description().markKind(), a.span(), text, label);
    }
}
