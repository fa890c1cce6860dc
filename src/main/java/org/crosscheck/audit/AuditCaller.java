package org.crosscheck.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.crosscheck.security.ViaToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How and from where the current change was made: in the browser, with an API token (its id), or by
 * the application itself; and the client's address. The address is the request's remote address,
 * which the servlet container takes from {@code X-Forwarded-For} only for requests from a proxy it
 * is configured to trust (see docs/operations.md, "Several app nodes"); in a push connection, which has no request, it is the
 * address the session signed in from.
 */
@Component
class AuditCaller {

    record Caller(String via, String clientAddress) {
    }

    Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
                ? s.getRequest() : null;
        String address = request != null ? request.getRemoteAddr()
                : auth != null && auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        return new Caller(via(auth, request), address);
    }

    private static String via(Authentication auth, HttpServletRequest request) {
        if (auth != null && auth.getDetails() instanceof ViaToken token) {
            return "api token " + token.tokenId();
        }
        if (request != null) {
            String uri = request.getRequestURI();
            return uri != null && uri.startsWith("/api/") ? "api password" : "browser"; // Basic: the token endpoint
        }
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        // A push connection of a signed-in session, or the application's own work (start-up, schedules).
        return signedIn && auth.getDetails() instanceof WebAuthenticationDetails ? "browser" : "system";
    }
}
