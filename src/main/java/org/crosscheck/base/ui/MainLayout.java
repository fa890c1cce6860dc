package org.crosscheck.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.UserSummary;

/** The frame around every signed-in view: the brand (back to the projects), who is signed in, sign out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, AccountService accounts) {
        Anchor brand = new Anchor("", "Crosscheck");
        brand.addClassName("brand");
        brand.setId("brand");

        HorizontalLayout bar = new HorizontalLayout(brand);
        bar.addClassName("navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (authentication.isAuthenticated()) {
            bar.add(userArea(accounts.me(), authentication));
        }
        addToNavbar(bar);
        // No side drawer: navigation is the brand link and each page's own links.
        setDrawerOpened(false);
    }

    private static Component userArea(UserSummary me, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(me.displayName());
        avatar.setAbbreviation(me.initials());
        avatar.addThemeName("xsmall");
        Span name = new Span(me.displayName());
        name.setId("current-user");
        Button logout = new Button("Sign out", e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout area = new HorizontalLayout(avatar, name, logout);
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        area.addClassName("user-area");
        return area;
    }
}
