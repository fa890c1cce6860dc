package org.crosscheck.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.crosscheck.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@EnableWebSecurity
@EnableMethodSecurity
@Configuration
class SecurityConfig {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfig.class);

    /**
     * The health endpoints, served on the management port only (the public port has no actuator):
     * a load balancer or orchestrator asks them without signing in. They answer UP or DOWN, nothing else.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                // The backup holds the whole database and the audit key: asked for from this machine
                // only (the backup command runs here), whoever else reaches the management port.
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("backup"))
                        .access((authentication, context) -> new AuthorizationDecision(
                                fromThisMachine(context.getRequest().getRemoteAddr())))
                        .anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, RequestUtil requestUtil, VaadinDefaultRequestCache requestCache,
                                    ObjectProvider<ClientRegistrationRepository> providers,
                                    ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> providerSignIn)
            throws Exception {
        // The reader fetching an article's text or marks when the session has ended is not where the
        // user wanted to go: after signing in they come back to the page, not to the bare text.
        // (One matcher: each call replaces the one before.)
        requestCache.ignoreRequests(new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/article-text/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/article-marks/**")));
        // The login page is styled (and has its icon) before anyone signs in; the JSON-LD contexts of
        // the W3C export are public, as JSON-LD processors fetch them without signing in.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/favicon.ico", "/favicon.svg",
                "/ns/*.jsonld").permitAll());
        // Vaadin's own CSRF set-up exempts the login form; ours exempts only Vaadin's internal requests
        // (they carry Vaadin's own token), so a forged sign-in from another site is refused. The login
        // form sends the token from the page's _csrf meta tag.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // Runs before the session is invalidated: the audit trail records a sign-out, not an expiry.
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            var session = request.getSession(false);
            if (session != null) {
                session.setAttribute(SessionEnd.REASON, SessionEnd.SIGNED_OUT);
            }
        }));
        // Single sign-on, when identity providers are configured (spring.security.oauth2.client.*):
        // the login page offers a button per provider; a refusal (a disabled account) comes back to it.
        ClientRegistrationRepository registrations = providers.getIfAvailable();
        OidcClientInitiatedLogoutSuccessHandler signOut = null;
        if (registrations != null) {
            http.oauth2Login(login -> login.loginPage(LoginView.PATH)
                    // OpenID Connect only: a plain OAuth2 provider (no ID token) would sign people in by a
                    // name attribute it chooses, which could be a local account's username.
                    .userInfoEndpoint(info -> info.oidcUserService(providerSignIn.getObject()).userService(request -> {
                        throw new OAuth2AuthenticationException(new OAuth2Error("openid_required"),
                                "provider " + request.getClientRegistration().getRegistrationId()
                                        + " is not asked for an OpenID Connect sign-in (scope openid)");
                    }))
                    .failureHandler(providerRefused()));
            // Signing out also ends the provider's session where it supports RP-initiated logout (its
            // end_session_endpoint); after a password sign-in it goes to the login page as before.
            signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            signOut.setPostLogoutRedirectUri("{baseUrl}" + LoginView.PATH);
            signOut.setDefaultTargetUrl(LoginView.PATH);
            // Sign-out is a Vaadin request (an XHR): the browser itself must go to the provider, with
            // its cookies, not the XHR follow a redirect there.
            signOut.setRedirectStrategy(new UidlRedirectStrategy());
        }
        OidcClientInitiatedLogoutSuccessHandler providerSignOut = signOut;
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    if (providerSignOut != null) {
                        vaadin.logoutSuccessHandler(providerSignOut);
                    }
                    vaadin
                        .loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        // Any other path goes to Vaadin's router once signed in, which answers an unknown
                        // address with the app's own not-found page instead of a bare 403.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
                })
                .build();
    }

    private static boolean fromThisMachine(String address) {
        try {
            // The request's address is an IP literal: no name is looked up.
            return address != null && java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** A sign-in through a provider that failed: logged with its reason, and said on the login page. */
    private static AuthenticationFailureHandler providerRefused() {
        SimpleUrlAuthenticationFailureHandler page =
                new SimpleUrlAuthenticationFailureHandler(LoginView.PATH + "?" + LoginView.PROVIDER_REFUSED);
        return (request, response, exception) -> {
            log.info("Single sign-on refused: {}", exception.getMessage());
            log.debug("Single sign-on refused", exception);
            page.onAuthenticationFailure(request, response, exception);
        };
    }

    /** bcrypt, behind the delegating encoder so stored hashes name their algorithm and can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
