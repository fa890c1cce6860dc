package org.crosscheck.base;

/**
 * Something asked for by id does not exist. Views show the same page for this and for a refused
 * access, so an id outside the caller's projects reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    private final String entity;

    public NotFoundException(String what, long id) {
        super(what + " " + id + " not found");
        this.entity = what;
    }

    /** What kind of thing was not found: "project", "article" … */
    public String entity() {
        return entity;
    }
}
