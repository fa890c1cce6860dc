package org.crosscheck.ops;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

import java.util.Properties;

/**
 * Makes a sign-in the throttle refuses (a username locked from the client's address) an event like
 * every other failed sign-in: Spring Security publishes a failure only for the exceptions it knows,
 * and the throttle's own ({@code account.ThrottledAuthenticationProvider.Throttled}, a
 * BadCredentialsException with a name of its own) is not one of them, so such refusals went
 * uncounted and unaudited. It is published as {@link AuthenticationFailureLockedEvent}: the metrics
 * count it as {@code outcome="locked"}, and the audit trail records it as a failed sign-in with the
 * reason "Throttled".
 */
@Component
class ThrottledSignInEvents implements BeanPostProcessor {

    /** Named, not referenced: the class is the account feature's own. */
    static final String THROTTLED = "org.crosscheck.account.ThrottledAuthenticationProvider$Throttled";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DefaultAuthenticationEventPublisher publisher) {
            Properties mappings = new Properties();
            mappings.setProperty(THROTTLED, AuthenticationFailureLockedEvent.class.getName());
            publisher.setAdditionalExceptionMappings(mappings);
        }
        return bean;
    }
}
