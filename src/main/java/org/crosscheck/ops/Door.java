package org.crosscheck.ops;

import jakarta.servlet.http.HttpServletRequest;
import org.crosscheck.security.ViaToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Through which door the current change came: the browser ({@value #UI}), the REST API
 * ({@value #API}), or the application's own work ({@value #SYSTEM}: start-up, the demo data,
 * schedules). The same reading of the caller as the audit trail's "via" ({@code audit.AuditCaller}),
 * without its token id or address: a metric's tags must stay few. Imports are told apart by the
 * metrics that count them ({@value #IMPORT}), as only the whole transaction says it was one.
 */
final class Door {

    static final String UI = "ui";
    static final String API = "api";
    static final String IMPORT = "import";
    static final String SYSTEM = "system";

    private Door() {
    }

    static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getDetails() instanceof ViaToken) {
            return API;
        }
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                ? s.getRequest() : null;
        if (request != null) {
            String uri = request.getRequestURI();
            return uri != null && uri.startsWith("/api/") ? API : UI;
        }
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        // A push connection of a signed-in session has no request; the application's own work has no session.
        return signedIn && auth.getDetails() instanceof WebAuthenticationDetails ? UI : SYSTEM;
    }
}
