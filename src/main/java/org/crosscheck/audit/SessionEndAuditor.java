package org.crosscheck.audit;

import org.crosscheck.security.SessionEnd;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;


/**
 * The end of a signed-in browser session that was not a sign-out (which is audited as
 * {@code logout}): it expired, or its account was disabled. Sessions are the servlet container's;
 * Spring Security's publisher turns their end into an event.
 */
@Configuration
class SessionEndAuditor {

    private final AuditChain chain;

    SessionEndAuditor(AuditChain chain) {
        this.chain = chain;
    }

    @Bean
    static ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @EventListener
    void ended(HttpSessionDestroyedEvent event) {
        if (!chain.enabled()) {
            return;
        }
        Object reason = event.getSession().getAttribute(SessionEnd.REASON);
        if (SessionEnd.SIGNED_OUT.equals(reason)) {
            return;
        }
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication auth = context.getAuthentication();
            if (auth == null || auth instanceof AnonymousAuthenticationToken) {
                continue;
            }
            String why = SessionEnd.ACCOUNT_DISABLED.equals(reason) ? "account-disabled" : "expired";
            chain.append(new AuditDraft(auth.getName(), "browser", "session.ended", null, null, "user",
                    chain.userIdOf(auth.getName()), null, "{\"reason\":\"" + why + "\"}",
                    auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null));
        }
    }
}
