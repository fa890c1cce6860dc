package org.crosscheck;

import com.vaadin.flow.server.LoadDependenciesOnStartup;
import org.crosscheck.reader.ui.ArticleReaderView;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/**
 * Page-wide settings: theme (light or dark as the system says, unless the user chose; see
 * {@link org.crosscheck.base.ui.Appearance}), the application stylesheet, and server push for live updates.
 */
@Push
// The reader's components come with the first scripts instead of after the server's answer names
// them: one round trip less before a large article is drawn (issue 14, the reader benchmark).
@LoadDependenciesOnStartup(ArticleReaderView.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Crosscheck");
    }
}
