package org.crosscheck.article;

import org.crosscheck.base.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * One uploaded file after checking: either an article draft with its normalised text, or the
 * reason it cannot be imported, written for the user: {@code problem} in English (for the API and
 * the log), {@code problemKey} and {@code problemArgs} to say it in the reader's language.
 * {@code headlineFound} says whether the draft's title is the page's headline, or (false) its
 * opening words standing in for one it does not have.
 */
public record ImportedFile(String fileName, ArticleDraft draft, String text, String problem, boolean headlineFound,
                           String problemKey, List<Object> problemArgs) {

    /** Refused for its size: the reader stopped at the limit. */
    static final String TOO_LARGE = "article.import.too-large";

    static ImportedFile ok(String fileName, ArticleDraft draft, String text, boolean headlineFound) {
        return new ImportedFile(fileName, draft, text, null, headlineFound, null, List.of());
    }

    /** Refused for the reason the message {@code key} gives. */
    public static ImportedFile refused(String fileName, String key, Object... args) {
        return new ImportedFile(fileName, null, null, Messages.english(key, args), false, key, List.of(args));
    }

    public boolean isOk() {
        return problem == null;
    }

    /** Refused for its size: the reader stopped at the limit. */
    public boolean tooLarge() {
        return TOO_LARGE.equals(problemKey);
    }

    /** Why the file is refused, in {@code locale}; null when it is not. */
    public String problem(Locale locale) {
        return problemKey == null ? problem : Messages.text(problemKey, locale, problemArgs.toArray());
    }
}
