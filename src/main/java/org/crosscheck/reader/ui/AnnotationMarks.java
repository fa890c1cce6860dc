package org.crosscheck.reader.ui;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.I18n;
import org.crosscheck.base.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The annotation layer: quotes, figures and notes, one mark each. */
final class AnnotationMarks {

    private AnnotationMarks() {
    }

    /** The layer with its tooltips in {@code locale}. */
    static MarkLayer of(List<AnnotationDetails> annotations, Locale locale) {
        return text -> annotations.stream().flatMap(a -> mark(a, text, locale).stream()).toList();
    }

    static String id(long annotationId) {
        return "a" + annotationId;
    }

    /** The annotation's highlight, where its words are in {@code text}; none when they are not (orphaned). */
    static Optional<Mark> mark(AnnotationDetails a, String text) {
        return mark(a, text, I18n.locale());
    }

    static Optional<Mark> mark(AnnotationDetails a, String text, Locale locale) {
        String kind = Words.kind(a.description(), locale);
        String label = a.author() == null ? Messages.text("reader.mark.annotation", locale, kind, a.summary())
                : Messages.text("reader.mark.annotation-by", locale, kind, a.summary(),
                Texts.isolate(a.author().displayName()));
        return Mark.anchored(id(a.id()), a.description().markKind(), a.span(), text, label);
    }
}
