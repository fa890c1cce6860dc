package org.crosscheck.base;

/** Refused because someone else already settled the thing (accepted or rejected a suggestion): the API answers 409. */
public class AlreadyDecidedException extends DomainException {

    public AlreadyDecidedException(String userMessage) {
        super(userMessage);
    }
}
