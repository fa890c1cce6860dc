package org.crosscheck.base;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * This instance's public address, for what it writes down that outlives a request: the
 * identifiers of an export (and recognising them again on import), the OpenAPI description's
 * server. {@code crosscheck.public-url} when it is set; otherwise the address the request came to,
 * which is only as trustworthy as its {@code Host} header (a forged one would end up in the export),
 * so production sets the property.
 */
@Component
public class PublicUrl {

    private final String configured;

    PublicUrl(@Value("${crosscheck.public-url:}") String url) {
        this.configured = parse(url);
    }

    /** The configured address, without a trailing slash; empty when unset. */
    public Optional<String> configured() {
        return Optional.ofNullable(configured);
    }

    /** The configured address, or else the one {@code request} came to (scheme, host, port, context path). */
    public String of(HttpServletRequest request) {
        return configured != null ? configured : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    /** As {@link #of}, for the request being served on this thread. */
    public String current() {
        if (configured != null) {
            return configured;
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s ? of(s.getRequest()) : "";
    }

    static String parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip();
        try {
            URI uri = new URI(s);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new URISyntaxException(s, "not an http(s) address without query, fragment or user");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("crosscheck.public-url (CROSSCHECK_PUBLIC_URL) must be the address users "
                    + "reach this instance at, as https://crosscheck.example.org or https://example.org/crosscheck; got '"
                    + s + "'", e);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
