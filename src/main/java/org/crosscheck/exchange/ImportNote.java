package org.crosscheck.exchange;

import org.crosscheck.base.i18n.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Something an import tells its reader (a note, why an annotation was left out), as a message key
 * of the exchange bundle and its arguments, so that the import page says it in the reader's
 * language while the API and the logs have it in English. An argument may itself be a note.
 */
public record ImportNote(String key, List<Object> args) {

    public ImportNote {
        args = List.copyOf(args);
    }

    static ImportNote of(String key, Object... args) {
        return new ImportNote(key, Arrays.asList(args));
    }

    /**
     * A format's name on the screens: {@code exchange.format.<name>} (export) or
     * {@code exchange.import-format.<name>}, or, for a format added without words in the bundle,
     * its own English label.
     */
    public static Object label(ImportFormat format) {
        return known("exchange.import-format." + format.name()) ? of("exchange.import-format." + format.name())
                : format.label();
    }

    public static Object label(ExportFormat format) {
        return known("exchange.format." + format.name()) ? of("exchange.format." + format.name()) : format.label();
    }

    /** The one-sentence hint of an export format on the export page, as {@link #label(ExportFormat)}. */
    public static Object hint(ExportFormat format) {
        String key = "exchange.format." + format.name() + ".hint";
        return known(key) ? of(key) : format.hint();
    }

    private static boolean known(String key) {
        return java.util.ResourceBundle.getBundle("i18n.exchange", Messages.ENGLISH).containsKey(key);
    }

    public String in(Locale locale) {
        return Messages.text(key, locale, args.stream().map(a -> a instanceof ImportNote n ? n.in(locale) : a).toArray());
    }

    public String english() {
        return in(Messages.ENGLISH);
    }
}
