package org.crosscheck.notify;

import org.crosscheck.base.Texts;
import org.crosscheck.base.i18n.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A notification's sentence as a message key of the notify bundle and its arguments, so that each
 * reader gets it in their language (the page in the window's, a mail in the recipient's). It is
 * stored in the notification's one text column: the key and the arguments separated by the unit
 * separator (a control character, which no name or title holds). A sentence stored before there
 * were keys is shown as it was written.
 *
 * <p>An argument may be a word to translate when shown: a built-in kind ({@link #builtInKind}),
 * "someone" for an account not found, or a project kind's own name ({@link #projectKind}), which
 * is shown as its lead wrote it but, like a built-in kind, in lower case inside an English sentence.
 */
public record NotificationText(String key, List<String> args) {

    private static final char SEPARATOR = '\u001F';
    private static final char WORD = '\u0002';
    private static final char KIND = '\u0003';
    static final String SOMEONE = WORD + "SOMEONE";

    public NotificationText {
        args = List.copyOf(args);
    }

    /** A sentence to store; each argument at most {@code max} characters. */
    static NotificationText of(String key, int max, String... args) {
        return new NotificationText(key, Arrays.stream(args)
                .map(a -> Texts.abbreviate(a.replace(SEPARATOR, ' '), max)).toList());
    }

    /** QUOTE, FIGURE, NOTE or CONTRADICTION: named in the reader's language. */
    static String builtInKind(String id) {
        return WORD + id;
    }

    static String projectKind(String name) {
        return KIND + name;
    }

    /** As the column holds it. */
    String stored() {
        StringBuilder out = new StringBuilder(key);
        args.forEach(a -> out.append(SEPARATOR).append(a));
        return out.toString();
    }

    static NotificationText read(String stored) {
        if (stored == null || !stored.startsWith("notify.") || stored.indexOf(SEPARATOR) < 0) {
            return new NotificationText(null, List.of(stored == null ? "" : stored));
        }
        List<String> parts = new ArrayList<>(List.of(stored.split(String.valueOf(SEPARATOR), -1)));
        return new NotificationText(parts.removeFirst(), parts);
    }

    /** The sentence in {@code locale} (English for a language we do not have). */
    public String in(Locale locale) {
        if (key == null) {
            return args.getFirst();
        }
        Locale language = Messages.supported(locale);
        return Messages.text(key, language, args.stream().map(a -> word(a, language)).toArray());
    }

    public String english() {
        return in(Messages.ENGLISH);
    }

    private static String word(String arg, Locale language) {
        if (arg.isEmpty() || arg.charAt(0) != WORD && arg.charAt(0) != KIND) {
            return arg;
        }
        String rest = arg.substring(1);
        if (arg.equals(SOMEONE)) {
            return Messages.text("notify.someone", language);
        }
        String name = arg.charAt(0) == KIND ? rest
                : Messages.text("CONTRADICTION".equals(rest) ? "notify.kind.contradiction" : "annotation.kind." + rest + ".name",
                language);
        // English writes a common noun inside a sentence in lower case; German keeps every noun's capital.
        return Messages.ENGLISH.getLanguage().equals(language.getLanguage()) ? name.toLowerCase(Locale.ROOT) : name;
    }
}
