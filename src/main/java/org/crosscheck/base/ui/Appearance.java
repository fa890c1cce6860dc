package org.crosscheck.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;

/**
 * Light or dark: by default the page follows the system setting (prefers-color-scheme); a person
 * may choose light or dark for this browser in the user menu. The choice is a preference of the
 * device, not of the account (a laptop in a dark newsroom, a phone in daylight), so it lives in a
 * cookie, and it is applied to the page as it is served, so the first paint is already right.
 */
@Component
public class Appearance implements VaadinServiceInitListener {

    static final String COOKIE = "crosscheck-appearance";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    public enum Choice {
        SYSTEM("base.appearance.system", ColorScheme.Value.LIGHT_DARK),
        LIGHT("base.appearance.light", ColorScheme.Value.LIGHT),
        DARK("base.appearance.dark", ColorScheme.Value.DARK);

        private final String label;
        private final ColorScheme.Value scheme;

        Choice(String label, ColorScheme.Value scheme) {
            this.label = label;
            this.scheme = scheme;
        }

        public String label() {
            return label;
        }

        static Choice of(String value) {
            return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(value)).findFirst().orElse(SYSTEM);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Choice choice = fromCookie(response.getVaadinRequest());
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null) {
                session.setAttribute(Choice.class, choice);
            }
            if (choice != Choice.SYSTEM) {
                Element html = response.getDocument().head().parent();
                html.attr("theme", choice.scheme.getThemeValue());
                html.attr("style", "color-scheme: " + choice.scheme.getValue() + ";");
            }
        });
    }

    /** What this browser chose, as read when its page was served. */
    public static Choice current() {
        VaadinSession session = VaadinSession.getCurrent();
        Choice choice = session == null ? null : session.getAttribute(Choice.class);
        return choice == null ? Choice.SYSTEM : choice;
    }

    /** Applies {@code choice} to the page at once and remembers it in this browser. */
    public static void choose(UI ui, Choice choice) {
        ui.getPage().setColorScheme(choice.scheme);
        ui.getSession().setAttribute(Choice.class, choice);
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=' + $2 + '; SameSite=Lax'",
                COOKIE, choice.name().toLowerCase(Locale.ROOT), ONE_YEAR);
    }

    private static Choice fromCookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Choice.SYSTEM;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(c -> Choice.of(c.getValue()))
                .findFirst().orElse(Choice.SYSTEM);
    }
}
