package org.crosscheck.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.crosscheck.security.SignedInUser;

import org.crosscheck.base.i18n.I18n;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The frame around every signed-in view: the brand (back to the projects), the main menu, who is signed in, with the user menu. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, Pages pages, Navigation navigation) {
        Anchor brand = new Anchor("", "Crosscheck");
        brand.addClassName("brand");
        brand.setId("brand");

        HorizontalLayout bar = new HorizontalLayout(brand);
        bar.addClassName("navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(me -> {
            bar.add(menu(navigation));
            navigation.tools().forEach(bar::add);
            bar.add(userArea(me, authentication, pages));
        });
        addToNavbar(bar);
        // No side drawer: the main menu is in the bar, beside each page's own links.
        setDrawerOpened(false);
    }

    /** The pages the user may open, as links (the router highlights none: each page has its own title). */
    private static Component menu(Navigation navigation) {
        HorizontalLayout links = new HorizontalLayout();
        links.addClassName("main-menu");
        links.setId("main-menu");
        links.setSpacing(false);
        for (Navigation.Item item : navigation.items()) {
            Anchor link = new Anchor(item.address(), item.label());
            link.setId(item.id());
            links.add(link);
        }
        return links;
    }

    /** The user menu: who is signed in; their account (API tokens); appearance (system, light, dark); sign out. */
    private static Component userArea(SignedInUser me, AuthenticationContext authentication, Pages pages) {
        Avatar avatar = new Avatar(me.getDisplayName());
        avatar.addThemeName("xsmall");
        Span name = new Span(me.getDisplayName());
        name.setId("current-user");
        HorizontalLayout who = new HorizontalLayout(avatar, name);
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(false);
        who.addClassName("user-area");

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = menu.addItem(who);
        root.setAriaLabel(I18n.t("base.menu.user", me.getDisplayName()));
        SubMenu items = root.getSubMenu();
        MenuItem account = items.addItem(I18n.t("base.menu.account"), e -> pages.go(UI.getCurrent(), pages.account()));
        account.setId("open-account");
        SubMenu appearance = items.addItem(I18n.t("base.menu.appearance")).getSubMenu();
        Map<Appearance.Choice, MenuItem> choices = new EnumMap<>(Appearance.Choice.class);
        for (Appearance.Choice choice : Appearance.Choice.values()) {
            MenuItem item = appearance.addItem(I18n.t(choice.label()), e -> {
                Appearance.choose(UI.getCurrent(), choice);
                choices.forEach((c, i) -> i.setChecked(c == choice));
            });
            item.setCheckable(true);
            item.setChecked(choice == Appearance.current());
            item.setId("appearance-" + choice.name().toLowerCase(Locale.ROOT));
            choices.put(choice, item);
        }
        MenuItem logout = items.addItem(I18n.t("base.menu.sign-out"), e -> authentication.logout());
        logout.setId("logout");
        return menu;
    }
}
