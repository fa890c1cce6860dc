package org.crosscheck.base;

/** Texts' package-private field keys, for the bundle tests in another package. */
public final class TextsAccess {

    private TextsAccess() {
    }

    public static String fieldKey(String what) {
        return Texts.fieldKey(what);
    }
}
