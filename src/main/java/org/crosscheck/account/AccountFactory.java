package org.crosscheck.account;

import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Makes accounts, checked the same way whoever makes them (the first administrator, an
 * administrator, the demo): a valid and free username, a password the policy accepts. Callers own
 * the transaction, the permission check and the event.
 */
@Component
@Transactional
class AccountFactory {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountFactory(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    AppUser create(String username, String displayName, String rawPassword, GlobalRole role) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw DomainException.onField("username", "account.error.username-form");
        }
        if (users.findByUsername(name).isPresent()) {
            throw DomainException.onField("username", "account.error.username-taken", name);
        }
        PasswordPolicy.check(rawPassword, name);
        String display = Texts.optionalLine(displayName, 200, "The display name");
        if (display == null) {
            display = name;
        }
        return users.save(new AppUser(name, display, passwordEncoder.encode(rawPassword), role, clock.instant()));
    }
}
