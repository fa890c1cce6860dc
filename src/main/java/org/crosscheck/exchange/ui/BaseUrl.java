package org.crosscheck.exchange.ui;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** This instance's address as the browser reached it: the identifiers in an export are made from it. */
final class BaseUrl {

    private BaseUrl() {
    }

    static String of(VaadinRequest request) {
        if (request instanceof HttpServletRequest http) {
            return ServletUriComponentsBuilder.fromContextPath(http).build().toUriString();
        }
        return "";
    }
}
