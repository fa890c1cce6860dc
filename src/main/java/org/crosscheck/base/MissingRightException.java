package org.crosscheck.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal for lack of a right that belongs to the account, not to a role in a project (creating
 * projects, for one). Its message names the right and who can give it, and is shown to the user as
 * it is: the generic "your role in this project" wording would point at a project that is not involved.
 */
public class MissingRightException extends AccessDeniedException {

    public MissingRightException(String message) {
        super(message);
    }
}
