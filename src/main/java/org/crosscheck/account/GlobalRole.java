package org.crosscheck.account;

/** Application-wide role. ADMIN manages accounts and may open every project; USER sees only projects they belong to. */
public enum GlobalRole {
    ADMIN, USER
}
