package org.crosscheck.trash;

import org.crosscheck.base.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * What a restore brought back: its type, its new id, the article it is (on) now, and a sentence
 * for the user ("Quote “…” restored with 2 comments."), as a message key with its arguments.
 */
public record Restored(TrashType type, long id, Long articleId, String key, List<Object> args) {

    public Restored {
        args = List.copyOf(args);
    }

    /** The sentence in English, as the API and the logs have it. */
    public String message() {
        return Messages.english(key, args.toArray());
    }

    /** The sentence in {@code locale}, for a screen. */
    public String message(Locale locale) {
        return Messages.text(key, locale, args.toArray());
    }
}
