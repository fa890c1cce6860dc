package org.crosscheck.base;

/** Small operations on user-visible text that several features need. */
public final class Texts {

    private Texts() {
    }

    /**
     * At most {@code max} characters, ending in "…" when cut; never cuts an emoji or other
     * surrogate pair in half. Null becomes "".
     */
    public static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        int cut = max - 1;
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut) + "…";
    }

    /**
     * The user's text without surrounding white space, or null when blank; refused with a message
     * naming {@code what} when longer than {@code max}.
     */
    public static String optional(String s, int max, String what) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String stripped = s.strip();
        if (stripped.length() > max) {
            throw new DomainException(what + " is longer than " + max + " characters.");
        }
        return stripped;
    }
}
