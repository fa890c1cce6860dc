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
 * front (see {@link LoginThrottle} for what is counted):
 * <ul>
 * <li>a username that failed too often <em>from this client address</em> is refused from it for a
 * while, with the very answer a wrong password gets, after the same bcrypt work, so neither the
 * message nor the time tells whether the account exists or is locked. From any other address the
 * right password still signs in: a stranger cannot lock a person out;</li>
 * <li>a username that failed too often from anywhere gets its answers later (0.25 s, doubling, up to
 * {@value #MAX_USERNAME_WAIT_MILLIS} ms), never refused, whichever address asks;</li>
 * <li>an address that failed too often against any usernames gets its answers later too (0.5 s,
 * doubling, up to 8 s);</li>
 * <li>the last active administrator is never refused by a lock, as nobody could unlock it: from a
 * locked address each of its tries waits the longest username wait instead.</li>
 * </ul>
 * Waits hold the request's thread, so at most {@value #MAX_WAITING} requests wait at once; beyond
 * that they are answered without waiting (the locks still apply), rather than let a flood of
 * sign-ins take every thread. A lock is an event (audited) when the username belongs to an account.
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
    private final int usernameSlowDownAfter;

    static final long MAX_USERNAME_WAIT_MILLIS = 3_000;
    static final int MAX_WAITING = 16;
    private final java.util.concurrent.Semaphore waiting = new java.util.concurrent.Semaphore(MAX_WAITING);

    ThrottledAuthenticationProvider(AccountUserDetailsService details, PasswordEncoder encoder, LoginThrottle throttle,
                                    EnabledAccounts accounts, ApplicationEventPublisher events,
                                    org.springframework.transaction.PlatformTransactionManager transactions, Clock clock,
                                    @org.springframework.beans.factory.annotation.Value("${crosscheck.login.max-failures:5}") int maxFailures,
                                    @org.springframework.beans.factory.annotation.Value("${crosscheck.login.address-slow-down-after:20}") int addressSlowDownAfter,
                                    @org.springframework.beans.factory.annotation.Value("${crosscheck.login.username-slow-down-after:5}") int usernameSlowDownAfter) {
        this.maxFailures = maxFailures;
        this.addressSlowDownAfter = addressSlowDownAfter;
        this.usernameSlowDownAfter = usernameSlowDownAfter;
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
        String pair = LoginThrottle.pairKey(username, address);
        boolean locked = throttle.lockedUntil(pair, now).isPresent();
        boolean spared = locked && accounts.isLastActiveAdmin(username);
        // A try that the lock refuses anyway is not held up for the username: only for its address.
        long wait = Math.max(addressWait(address, now), locked && !spared ? 0 : usernameWait(username, now, spared));
        pause(wait, address, username);
        if (locked && !spared) {
            String presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
            encoder.matches(presented, dummyHash); // as long as a real check takes
            throw new Throttled();
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            throttle.succeeded(username, address, now);
            return done;
        } catch (AuthenticationException e) {
            throttle.failed(pair, maxFailures, now).ifPresent(until -> locked(username, address, until));
            throttle.failed(LoginThrottle.userKey(username), Integer.MAX_VALUE, now);
            throttle.failed(LoginThrottle.addressKey(address), Integer.MAX_VALUE, now);
            throw e;
        }
    }

    /** An address past its allowance waits 0.5, 1, 2, 4, then 8 seconds for each answer. */
    private long addressWait(String address, Instant now) {
        int over = throttle.recentFailures(LoginThrottle.addressKey(address), now) - addressSlowDownAfter;
        return over < 0 ? 0 : Math.min(8_000L, 500L << Math.min(4, over));
    }

    /**
     * A username past its allowance (failures from any addresses) waits 0.25, 0.5, 1, 2, then 3
     * seconds for each answer; the last active administrator trying from a locked address, the longest.
     */
    private long usernameWait(String username, Instant now, boolean spared) {
        if (spared) {
            return MAX_USERNAME_WAIT_MILLIS;
        }
        int over = throttle.recentFailures(LoginThrottle.userKey(username), now) - usernameSlowDownAfter;
        return over < 0 ? 0 : Math.min(MAX_USERNAME_WAIT_MILLIS, 250L << Math.min(4, over));
    }

    private void pause(long millis, String address, String username) {
        if (millis <= 0) {
            return;
        }
        if (!waiting.tryAcquire()) {
            log.warn("Sign-in from {} not slowed down: {} sign-ins are waiting already", address, MAX_WAITING);
            return;
        }
        try {
            log.warn("Sign-in as '{}' from {} slowed down by {} ms: too many failures",
                    username.replaceAll("\\p{Cntrl}", ""), address, millis);
            sleep.accept(millis);
        } finally {
            waiting.release();
        }
    }

    /** How the sign-in waits, in milliseconds: the thread sleeps (a test records it instead). */
    private java.util.function.LongConsumer sleep = millis -> {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    void pauseWith(java.util.function.LongConsumer pause) {
        this.sleep = pause;
    }

    private void locked(String username, String address, Instant until) {
        log.warn("Sign-ins as '{}' from {} refused until {}: {} failures", username.replaceAll("\\p{Cntrl}", ""),
                address, until, maxFailures);
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
