package org.crosscheck.base;

/**
 * A request the domain refuses for a reason the user can fix (invalid input, a rule of the
 * domain). Its message is written for the user and shown as is.
 */
public class DomainException extends RuntimeException {

    private final String field;

    public DomainException(String userMessage) {
        this(userMessage, null);
    }

    /** Refused because of one field of the request ("start", "exact" …), named for API callers. */
    public DomainException(String userMessage, String field) {
        super(userMessage);
        this.field = field;
    }

    /** The field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }
}
