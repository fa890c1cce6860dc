package org.crosscheck.exchange.ui;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.crosscheck.base.PublicUrl;

/**
 * This instance's address for the identifiers in an export: the configured public address, or
 * else the one the browser reached (see {@link PublicUrl}).
 */
final class BaseUrl {

    private BaseUrl() {
    }

    static String of(PublicUrl publicUrl, VaadinRequest request) {
        if (publicUrl.configured().isPresent()) {
            return publicUrl.configured().get();
        }
        return request instanceof HttpServletRequest http ? publicUrl.of(http) : "";
    }
}
