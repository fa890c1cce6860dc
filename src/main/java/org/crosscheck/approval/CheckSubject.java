package org.crosscheck.approval;

/** What can be checked. Its lower-case name is the subject type the audit and the API use. */
public enum CheckSubject {
    ANNOTATION, CONTRADICTION;

    public String type() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
