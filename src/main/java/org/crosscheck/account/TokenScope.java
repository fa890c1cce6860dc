package org.crosscheck.account;

import java.util.Locale;

/** What an access token may do: read only, or read and write. */
public enum TokenScope {
    READ, WRITE;

    /** The authority a request made with such a token carries ("SCOPE_read", "SCOPE_write"). */
    public String authority() {
        return "SCOPE_" + name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return this == READ ? "Read" : "Read and write";
    }
}
