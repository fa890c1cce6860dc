package org.crosscheck.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/**
 * The principal of a signed-in session: Spring Security's user with the name people see, so the
 * frame of every page can show who is signed in without asking the account feature.
 */
public class SignedInUser extends User {

    private final String displayName;

    public SignedInUser(String username, String passwordHash, boolean enabled, String displayName,
                        Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.displayName = displayName;
    }

    public String getDisplayName() {
        return displayName;
    }
}
