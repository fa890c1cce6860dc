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
import org.crosscheck.security.SignedInUser;

/** The frame around every signed-in view: the brand (back to the projects), who is signed in, sign out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Anchor brand = new Anchor("", "Crosscheck");
        brand.addClassName("brand");
        brand.setId("brand");

        HorizontalLayout bar = new HorizontalLayout(brand);
        bar.addClassName("navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(me -> bar.add(userArea(me, authentication)));
        addToNavbar(bar);
        // No side drawer: navigation is the brand link and each page's own links.
        setDrawerOpened(false);
    }

    private static Component userArea(SignedInUser me, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(me.getDisplayName());
        avatar.addThemeName("xsmall");
        Span name = new Span(me.getDisplayName());
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
