package org.crosscheck.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words and formats of the browser window being served, for code outside a component (a
 * renderer, a helper building a row). Components use {@code getTranslation(key, args)} instead.
 */
public final class I18n {

    private I18n() {
    }

    /** The text of {@code key} in the current window's language. */
    public static String t(String key, Object... params) {
        return Messages.text(key, locale(), params);
    }

    /** The language of the current window: the user's choice, else the browser's, else English. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return Messages.supported(ui.getLocale());
        }
        VaadinSession session = VaadinSession.getCurrent();
        return Messages.supported(session == null ? null : session.getLocale());
    }

    /**
     * A date format whose pattern is the text of {@code key} (a {@link DateTimeFormatter} pattern,
     * e.g. {@code d MMM yyyy} in English and {@code d. MMM yyyy} in German), in the current language.
     */
    public static DateTimeFormatter dates(String key, ZoneId zone) {
        Locale locale = locale();
        return DateTimeFormatter.ofPattern(Messages.text(key, locale), locale).withZone(zone);
    }
}
