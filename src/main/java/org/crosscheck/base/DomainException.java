package org.crosscheck.base;

/**
 * A request the domain refuses for a reason the user can fix (invalid input, a rule of the
 * domain). Its message is written for the user and shown as is.
 */
public class DomainException extends RuntimeException {

    public DomainException(String userMessage) {
        super(userMessage);
    }
}
