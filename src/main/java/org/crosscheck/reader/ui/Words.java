package org.crosscheck.reader.ui;

import org.crosscheck.annotation.KindDescription;
import org.crosscheck.base.i18n.Messages;

import java.util.Locale;

/**
 * The reader's words for things named inside a sentence, in a language given explicitly: the marks'
 * tooltips are also written outside any window (for the marks endpoint), where the language is the
 * request's, not a UI's.
 */
final class Words {

    private Words() {
    }

    /** A built-in kind's name in {@code locale}; a project's own kind as its lead wrote it. */
    static String kind(KindDescription kind, Locale locale) {
        return kind.builtIn() ? Messages.text("annotation.kind." + kind.id() + ".name", locale) : kind.name();
    }

    /**
     * A kind's name inside a sentence ("Delete quote?"): English writes it in lower case, German
     * keeps a noun capitalised.
     */
    static String kindInSentence(KindDescription kind, Locale locale) {
        String name = kind(kind, locale);
        return Messages.supported(locale).equals(Messages.ENGLISH) ? name.toLowerCase(locale) : name;
    }
}
