package org.crosscheck.base;

/**
 * Something asked for by id does not exist. Views show the same page for this and for a refused
 * access, so an id outside the caller's projects reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
