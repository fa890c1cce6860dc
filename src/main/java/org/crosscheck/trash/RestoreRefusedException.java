package org.crosscheck.trash;

import org.crosscheck.base.DomainException;

/**
 * A restore (or an undo) that cannot be done as asked, with the reason written for the user: the
 * article's text changed under the thing, the article is gone, someone changed it since.
 */
public class RestoreRefusedException extends DomainException {

    /** Refused for the reason the message {@code key} of the trash bundle gives. */
    public RestoreRefusedException(String key, Object... args) {
        super(null, key, args);
    }
}
