package org.crosscheck.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sign in: a button per identity provider (single sign-on), and the password form, which is hidden
 * when local passwords are turned off ({@code crosscheck.sso.local-login=false}) but for the
 * break-glass address {@code /login?local}: the server refuses passwords of other accounts anyway.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "/login";
    /** The query parameter the sign-in comes back with when the provider's answer was refused. */
    public static final String PROVIDER_REFUSED = "provider-refused";
    private static final String LOCAL = "local";

    private final LoginForm login = new LoginForm();
    private final boolean localLogin;
    private final Paragraph refused = new Paragraph();

    public LoginView(ObjectProvider<ClientRegistrationRepository> providers,
                     @Value("${crosscheck.sso.local-login:true}") boolean localLogin) {
        this.localLogin = localLogin;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        // Deliberately generic: never tell whether the user name or the password was wrong.
        error.setTitle(getTranslation("security.login.failed"));
        error.setMessage(getTranslation("security.login.failed-text"));
        i18n.setErrorMessage(error);
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setSubmit(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 brand = new H1("Crosscheck");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("security.login.tagline"));
        tagline.addClassName("login-tagline");
        refused.setId("login-refused");
        refused.addClassName("field-problem");
        refused.setVisible(false);
        add(brand, tagline, refused);
        List<ClientRegistration> registered = registrations(providers.getIfAvailable());
        if (!registered.isEmpty()) {
            Div buttons = new Div();
            buttons.addClassName("login-providers");
            for (ClientRegistration provider : registered) {
                // A plain link: the browser leaves the app for the provider, Vaadin's router must not catch it.
                Anchor button = new Anchor("/oauth2/authorization/" + provider.getRegistrationId(),
                        getTranslation("security.login.with", provider.getClientName()));
                button.setRouterIgnore(true);
                button.addClassName("login-provider");
                button.setId("login-with-" + provider.getRegistrationId());
                buttons.add(button);
            }
            add(buttons);
        }
        add(login);
    }

    private static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
        List<ClientRegistration> all = new ArrayList<>();
        if (repository instanceof Iterable<?> each) {
            each.forEach(r -> all.add((ClientRegistration) r));
        }
        return all;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Signed in through the provider already (the provider's sign-in came back to the login page
        // it started from): the projects, not the page again. After a password sign-in the page
        // stays, so someone can sign in as another account.
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof OidcUser) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        login.setVisible(localLogin || parameters.containsKey(LOCAL) || parameters.containsKey("error"));
        refused.setVisible(parameters.containsKey(PROVIDER_REFUSED));
        refused.setText(getTranslation("security.login.provider-refused"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " · Crosscheck";
    }
}
