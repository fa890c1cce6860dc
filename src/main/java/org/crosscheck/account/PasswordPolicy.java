package org.crosscheck.account;

import org.crosscheck.base.DomainException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters (at most {@value #MAX_LENGTH},
 * which bcrypt reads in full), at least {@value #MIN_DISTINCT} different characters besides spaces
 * (twelve spaces or "aaaaaaaaaaaa" have the length and none of the strength), not the username (nor
 * it with a few characters added), and not one of the common passwords shipped with the app
 * ({@code common-passwords.txt}), compared without case.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** Different characters, whitespace not counted. */
    static final int MIN_DISTINCT = 6;
    /** bcrypt uses the first 72 bytes; a longer password would be cut without the user knowing. */
    static final int MAX_LENGTH = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static void check(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw weak("account.error.password-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw weak("account.error.password-long", MAX_LENGTH);
        }
        if (password.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).distinct().count()
                < MIN_DISTINCT) {
            throw weak("account.error.password-few-characters", MIN_DISTINCT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isEmpty()
                && lower.replace(username.toLowerCase(Locale.ROOT), "").length() < MIN_LENGTH / 2) {
            throw weak("account.error.password-username");
        }
        if (COMMON.contains(lower)) {
            throw weak("account.error.password-common");
        }
    }

    /** A refusal that names the password as the field at fault, so a form shows it on that field. */
    private static DomainException weak(String key, Object... args) {
        return DomainException.onField(AccountService.PASSWORD_FIELD, key, args);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the application");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> out.add(l.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
