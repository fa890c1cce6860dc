package org.crosscheck.app;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.StyleSheet;

/**
 * Page-wide settings: theme (light or dark as the system says, unless the user chose; see
 * {@link org.crosscheck.base.ui.Appearance}), the application stylesheet, and server push for live updates.
 */
@Push
// The reader's element comes with the first scripts instead of after the server's answer names it:
// one round trip less before a large article is drawn (the reader benchmark). Not through
// @LoadDependenciesOnStartup: with it Vaadin rebuilds the frontend bundle on every production build,
// so the first start would need Node.js instead of using the committed bundle.
@JsModule("./article-text.js")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Crosscheck");
        // Browsers ask for /favicon.ico on every page whatever the page says; the SVG is sharper where supported.
        settings.addFavIcon("icon", "favicon.svg", "any");
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }
}
