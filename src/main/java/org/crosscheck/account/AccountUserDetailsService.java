package org.crosscheck.account;

import org.crosscheck.security.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Spring Security's view of our accounts. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final SingleSignOnProperties singleSignOn;

    AccountUserDetailsService(AppUserRepository users, SingleSignOnProperties singleSignOn) {
        this.users = users;
        this.singleSignOn = singleSignOn;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        // An account of an identity provider has no password here; with local passwords turned off,
        // only the break-glass accounts have one. Answered like a wrong password: nothing to probe.
        if (user.isSingleSignOn() || !singleSignOn.allowsPassword(user.getUsername())) {
            throw new UsernameNotFoundException("no password sign-in for this account");
        }
        return new SignedInUser(user.getUsername(), user.getPasswordHash(), user.isEnabled(), user.getDisplayName(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getGlobalRole().name())));
    }
}
