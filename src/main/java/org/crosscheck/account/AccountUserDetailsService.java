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

    AccountUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new SignedInUser(user.getUsername(), user.getPasswordHash(), user.isEnabled(), user.getDisplayName(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getGlobalRole().name())));
    }
}
