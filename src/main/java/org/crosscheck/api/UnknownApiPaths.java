package org.crosscheck.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

import java.util.Map;

/**
 * An address under {@code /api} that no endpoint serves (a typo, a trailing slash) answers 404 as a
 * problem detail. Without this, Spring MVC handed it on like any unknown address to Vaadin, whose
 * answer was the app's HTML page with 200 and a new session cookie: a script saw success. Asked
 * after the controllers (so every real endpoint wins) and before Vaadin's catch-all; the API docs'
 * static files under {@code /api/swagger-ui/} are left to their own handler.
 */
@Component
class UnknownApiPaths extends AbstractHandlerMapping {

    private static final HttpRequestHandler NOT_FOUND = (request, response) -> Problems.write(response,
            HttpStatus.NOT_FOUND, "not-found", "There is no API endpoint " + request.getMethod() + " "
                    + request.getRequestURI() + ". Addresses have no trailing slash; the endpoints are listed in "
                    + "/api/v1/openapi.json.", Map.of());

    UnknownApiPaths() {
        // Vaadin's forwarding of every other address is at LOWEST_PRECEDENCE - 1, as are static resources.
        setOrder(Ordered.LOWEST_PRECEDENCE - 2);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        boolean api = path.equals("/api") || path.startsWith("/api/");
        return api && !path.startsWith("/api/swagger-ui/") ? NOT_FOUND : null;
    }
}
