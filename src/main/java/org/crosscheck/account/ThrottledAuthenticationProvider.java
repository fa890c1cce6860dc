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

/**
 * Password sign-in (the login form, and HTTP Basic at the token endpoint) with the throttle in
 * front: a locked username is refused with the very answer a wrong password gets, after the same
 * bcrypt work, so neither the message nor the time tells whether the account exists or is locked;
 * a client address that failed too often against any usernames gets its answers later and later
 * (up to 8 seconds). Failures are counted per username and per address; a lock is an event
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
    private final int maxFailures;
    private final int addressSlowDownAfter;

    ThrottledAuthenticationProvider(AccountUserDetailsService details, PasswordEncoder encoder, LoginThrottle throttle,
                                    EnabledAccounts accounts, ApplicationEventPublisher events,
                                    org.springframework.transaction.PlatformTransactionManager transactions, Clock clock,
                                    @org.springframework.beans.factory.annotation.Value("${crosscheck.login.max-failures:5}") int maxFailures,
                                    @org.springframework.beans.factory.annotation.Value("${crosscheck.login.address-slow-down-after:20}") int addressSlowDownAfter) {
        this.maxFailures = maxFailures;
        this.addressSlowDownAfter = addressSlowDownAfter;
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
        slowDown(address, now);
        if (throttle.lockedUntil(LoginThrottle.userKey(username), now).isPresent()) {
            String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
            encoder.matches(presented, dummyHash); // as long as a real check takes
            throw new Throttled();
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            throttle.succeeded(username, now);
            return done;
        } catch (AuthenticationException e) {
            throttle.failed(LoginThrottle.userKey(username), maxFailures, now).ifPresent(until -> locked(username, until));
            throttle.failed(LoginThrottle.addressKey(address), Integer.MAX_VALUE, now);
            throw e;
        }
    }

    /** An address past its allowance waits 0.5, 1, 2, 4, then 8 seconds for each answer. */
    private void slowDown(String address, Instant now) {
        int over = throttle.recentFailures(LoginThrottle.addressKey(address), now) - addressSlowDownAfter;
        if (over < 0) {
            return;
        }
        long wait = Math.min(8_000L, 500L << Math.min(4, over));
        log.warn("Sign-in from {} slowed down by {} ms: too many failures against any usernames", address, wait);
        pause.accept(wait);
    }

    /** How the sign-in waits, in milliseconds: the thread sleeps (a test records it instead). */
    private java.util.function.LongConsumer pause = millis -> {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    void pauseWith(java.util.function.LongConsumer pause) {
        this.pause = pause;
    }

    private void locked(String username, Instant until) {
        log.warn("Sign-ins as '{}' refused until {}: {} failures", username.replaceAll("\\p{Cntrl}", ""), until,
                maxFailures);
        transaction.executeWithoutResult(status -> accounts.find(username)
                .ifPresent(u -> events.publishEvent(new AccountLocked(u.getId(), u.getUsername(), until,
                        maxFailures, u.getId()))));
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
