package org.crosscheck.trash;

import org.crosscheck.base.DomainException;

/**
 * A restore (or an undo) that cannot be done as asked, with the reason written for the user: the
 * article's text changed under the thing, the article is gone, someone changed it since.
 */
public class RestoreRefusedException extends DomainException {

    public RestoreRefusedException(String userMessage) {
        super(userMessage);
    }
}
