package org.crosscheck.base;

import org.crosscheck.base.i18n.Messages;

import java.util.Locale;

/**
 * A request the domain refuses for a reason the user can fix (invalid input, a rule of the
 * domain). Its message is written for the user: by message key ({@link #of}, {@link #onField}),
 * shown in the reader's language by the interface and in English by the API and the logs; or, in
 * older code, as English text shown as is.
 */
public class DomainException extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    public DomainException(String userMessage) {
        this(userMessage, null);
    }

    /** Refused because of one field of the request ("start", "exact" …), named for API callers. */
    public DomainException(String userMessage, String field) {
        super(userMessage);
        this.field = field;
        this.key = null;
        this.args = new Object[0];
    }

    /** A refusal whose words are the message {@code key} of a bundle, with its arguments. */
    protected DomainException(String field, String key, Object... args) {
        super(Messages.english(key, args));
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    /** Refused for the reason the message {@code key} gives. */
    public static DomainException of(String key, Object... args) {
        return new DomainException(null, key, args);
    }

    /** Refused because of {@code field}, for the reason the message {@code key} gives. */
    public static DomainException onField(String field, String key, Object... args) {
        return new DomainException(field, key, args);
    }

    /** The field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }

    /** The message in {@code locale}; English text as is where it has no key. */
    public String message(Locale locale) {
        return key == null ? getMessage() : Messages.text(key, locale, args);
    }
}
