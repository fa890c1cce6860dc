package org.crosscheck.account;

import org.crosscheck.account.AccountEvents.AccountLocked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Password sign-in (the login form, and HTTP Basic at the token endpoint) with the throttle in
 * front: a locked username or client address is refused with the very answer a wrong password
 * gets, after the same bcrypt work, so neither the message nor the time tells whether the account
 * exists or is locked. Failures are counted per username and per address; a lock is an event
 * (audited) when the username belongs to an account.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    /** Refused by the throttle, not by the password: the same message, a name of its own in the audit trail. */
    static final class Throttled extends BadCredentialsException {
        Throttled() {
            super("Bad credentials");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final EnabledAccounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String dummyHash;

    ThrottledAuthenticationProvider(AccountUserDetailsService details, PasswordEncoder encoder, LoginThrottle throttle,
                                    EnabledAccounts accounts, ApplicationEventPublisher events,
                                    org.springframework.transaction.PlatformTransactionManager transactions, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        // A disabled account is refused after its password is checked, not before: as long as any other refusal.
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new org.springframework.security.authentication.DisabledException("Bad credentials");
            }
        });
        this.encoder = encoder;
        this.throttle = throttle;
        this.accounts = accounts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.dummyHash = encoder.encode("not a password anyone has");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = clientAddress();
        Instant now = clock.instant();
        if (throttle.lockedUntil(LoginThrottle.userKey(username), now).isPresent()
                || throttle.lockedUntil(LoginThrottle.addressKey(address), now).isPresent()) {
            String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
            encoder.matches(presented, dummyHash); // as long as a real check takes
            throw new Throttled();
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            throttle.succeeded(username, now);
            return done;
        } catch (AuthenticationException e) {
            Optional<Instant> userLock = throttle.failed(LoginThrottle.userKey(username), LoginThrottle.USER_FAILURES, now);
            Optional<Instant> addressLock = throttle.failed(LoginThrottle.addressKey(address), LoginThrottle.ADDRESS_FAILURES, now);
            userLock.ifPresent(until -> locked(username, until));
            addressLock.ifPresent(until -> log.warn("Sign-ins from {} refused until {}: {} failures against any usernames",
                    address, until, LoginThrottle.ADDRESS_FAILURES));
            throw e;
        }
    }

    private void locked(String username, Instant until) {
        log.warn("Sign-ins as '{}' refused until {}: {} failures", username.replaceAll("\\p{Cntrl}", ""), until,
                LoginThrottle.USER_FAILURES);
        transaction.executeWithoutResult(status -> accounts.find(username)
                .ifPresent(u -> events.publishEvent(new AccountLocked(u.getId(), u.getUsername(), until,
                        LoginThrottle.USER_FAILURES, u.getId()))));
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                ? s.getRequest().getRemoteAddr() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
