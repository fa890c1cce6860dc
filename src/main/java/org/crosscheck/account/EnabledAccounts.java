package org.crosscheck.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the sign-in machinery sees them, before anyone is signed in or permissions apply:
 * whether one may still act (asked for every session's requests), and which one a typed name is.
 */
@Component
@Transactional(readOnly = true)
class EnabledAccounts {

    private final AppUserRepository users;

    EnabledAccounts(AppUserRepository users) {
        this.users = users;
    }

    public boolean isEnabled(String username) {
        return users.findByUsername(username).map(AppUser::isEnabled).orElse(false);
    }

    /**
     * Whether the typed username is the only enabled administrator: the one account a lock must
     * never shut out entirely, as nobody else could unlock it.
     */
    public boolean isLastActiveAdmin(String typedUsername) {
        return find(typedUsername).filter(u -> u.isEnabled() && u.getGlobalRole() == GlobalRole.ADMIN).isPresent()
                && users.countByGlobalRoleAndEnabledTrue(GlobalRole.ADMIN) <= 1;
    }

    /** The account with this username, as typed at sign-in. */
    public java.util.Optional<AppUser> find(String typedUsername) {
        return users.findByUsername(typedUsername == null ? "" : typedUsername.strip().toLowerCase());
    }
}
