package org.crosscheck.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.crosscheck.account.AccountEvents.AccountLocked;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Password sign-ins (the login form, and HTTP Basic at the token endpoint), from Spring Security's
 * events: {@value #SIGN_INS} by outcome (success; failure: a wrong password, an unknown or disabled
 * account; locked: refused by the sign-in throttle's lock, with the answer a wrong password gets),
 * and {@value #LOCKS}, the locks the throttle put on an account's username from one address. A
 * refusal by the lock is published as a locked failure ({@link ThrottledSignInEvents}).
 * Requests with an API token are not sign-ins and are not counted.
 */
@Component
class SignInMetrics {

    static final String SIGN_INS = "crosscheck.signins";
    static final String LOCKS = "crosscheck.signin.locks";
    private final Counter success;
    private final Counter failure;
    private final Counter locked;
    private final Counter locks;

    SignInMetrics(MeterRegistry meters) {
        this.success = signIns(meters, "success");
        this.failure = signIns(meters, "failure");
        this.locked = signIns(meters, "locked");
        this.locks = Counter.builder(LOCKS).description("Usernames locked from a client address after too many failures")
                .register(meters);
    }

    private static Counter signIns(MeterRegistry meters, String outcome) {
        return Counter.builder(SIGN_INS).description("Password sign-ins by outcome").tag("outcome", outcome)
                .register(meters);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        success.increment();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        (event instanceof AuthenticationFailureLockedEvent ? locked : failure).increment();
    }

    @EventListener
    void lockedOut(AccountLocked event) {
        locks.increment();
    }
}
