package org.crosscheck.audit;

import org.crosscheck.audit.AuditCaller.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;


/**
 * Sign-ins, failed sign-ins and sign-outs, from Spring Security's own events (the login form and
 * HTTP Basic at the token endpoint). A failed sign-in names the username that was tried, as typed
 * (control characters dropped, at most 200 characters); never the password.
 */
@Component
class SignInAuditor {

    private final AuditChain chain;
    private final AuditCaller caller;

    SignInAuditor(AuditChain chain, AuditCaller caller) {
        this.chain = chain;
        this.caller = caller;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), "login.succeeded", null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), "login.failed",
                "{\"reason\":" + AuditDrafts.JSON.writeValueAsString(event.getException().getClass().getSimpleName()) + "}");
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), "logout", null);
    }

    private void record(Authentication auth, String action, String after) {
        if (!chain.enabled() || auth == null) {
            return;
        }
        String username = clean(auth.getName());
        Caller who = caller.current();
        String address = who.clientAddress() != null ? who.clientAddress()
                : auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        String via = who.via().equals("system") ? "browser" : who.via();
        chain.append(new AuditDraft(username, via, action, null, null, "user", chain.userIdOf(username),
                null, after, address));
    }

    private static String clean(String typed) {
        String name = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", "");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
