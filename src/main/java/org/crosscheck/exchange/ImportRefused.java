package org.crosscheck.exchange;

import org.crosscheck.base.DomainException;
import org.crosscheck.base.i18n.Messages;

import java.util.Arrays;
import java.util.Locale;

/**
 * An import refused for a reason whose arguments are themselves words to say in the reader's
 * language: another refusal ("In “Arab News” (articles/00001.json): …") or an {@link ImportNote}
 * (the names of the formats read). Each is told in the same language as the rest.
 */
class ImportRefused extends DomainException {

    private final String key;
    private final transient Object[] args;

    ImportRefused(String key, Object... args) {
        super(null, key, in(args, Messages.ENGLISH));
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String message(Locale locale) {
        return Messages.text(key, locale, in(args, locale));
    }

    private static Object[] in(Object[] args, Locale locale) {
        return Arrays.stream(args).map(a -> a instanceof DomainException d ? d.message(locale)
                : a instanceof ImportNote n ? n.in(locale) : a).toArray();
    }
}
