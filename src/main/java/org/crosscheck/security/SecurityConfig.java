package org.crosscheck.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.crosscheck.security.ui.LoginView;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@EnableWebSecurity
@EnableMethodSecurity
@Configuration
class SecurityConfig {

    /**
     * The health endpoints, served on the management port only (the public port has no actuator):
     * a load balancer or orchestrator asks them without signing in. They answer UP or DOWN, nothing else.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, RequestUtil requestUtil, VaadinDefaultRequestCache requestCache)
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
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        // Any other path goes to Vaadin's router once signed in, which answers an unknown
                        // address with the app's own not-found page instead of a bare 403.
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** bcrypt, behind the delegating encoder so stored hashes name their algorithm and can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
