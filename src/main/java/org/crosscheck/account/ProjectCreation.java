package org.crosscheck.account;

/** Who may create projects. */
public enum ProjectCreation {
    /** Every signed-in user. */
    EVERYONE,
    /** Administrators, and users given the project creator right. */
    CREATORS
}
