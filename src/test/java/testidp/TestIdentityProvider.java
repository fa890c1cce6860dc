package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.RegisterSessionAuthenticationStrategy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID provider for the single sign-on tests (in a package of its own: the app's component
 * scan of org.crosscheck must not find its security configuration): Spring Authorization Server on an embedded
 * Tomcat of its own, at 127.0.0.1 (the app runs at localhost, so the two sessions' cookies stay
 * apart). It signs people in with its own form, issues ID tokens carrying their groups, and ends
 * its session when the app signs out (RP-initiated logout). A test changes a person's groups as an
 * administrator of the provider would.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "crosscheck";
    public static final String CLIENT_SECRET = "crosscheck-secret";

    private static final Map<String, Set<String>> GROUPS = new ConcurrentHashMap<>();
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();
    private static volatile String issuer;
    private static volatile int appPort;

    private final Tomcat tomcat;
    private final AnnotationConfigWebApplicationContext spring;

    private TestIdentityProvider(Tomcat tomcat, AnnotationConfigWebApplicationContext spring) {
        this.tomcat = tomcat;
        this.spring = spring;
    }

    /** Starts the provider on a free port of 127.0.0.1. */
    public static TestIdentityProvider start() {
        try {
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("idp").toString());
            tomcat.setHostname("127.0.0.1");
            int port;
            try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
            issuer = "http://127.0.0.1:" + port;
            tomcat.setPort(port);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            Context context = tomcat.addContext("", Files.createTempDirectory("idp-docs").toString());
            AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
            spring.register(Server.class);
            context.addServletContainerInitializer((classes, servletContext) -> {
                spring.setServletContext(servletContext);
                spring.refresh();
                servletContext.setAttribute(
                        org.springframework.web.context.WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, spring);
                servletContext.addListener(new HttpSessionEventPublisher());
            }, null);
            FilterDef security = new FilterDef();
            security.setFilterName("springSecurityFilterChain");
            security.setFilter(new DelegatingFilterProxy("springSecurityFilterChain", spring));
            context.addFilterDef(security);
            FilterMap all = new FilterMap();
            all.setFilterName("springSecurityFilterChain");
            all.addURLPattern("/*");
            context.addFilterMap(all);
            Tomcat.addServlet(context, "nothing", new jakarta.servlet.http.HttpServlet() {
            });
            context.addServletMappingDecoded("/", "nothing");
            tomcat.start();
            return new TestIdentityProvider(tomcat, spring);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The app's port, for the addresses the provider sends people back to. */
    public void app(int port) {
        appPort = port;
    }

    /** A person of the provider: their username, password and groups. */
    public void person(String username, String password, Set<String> groups) {
        PASSWORDS.put(username, password);
        GROUPS.put(username, Set.copyOf(groups));
    }

    /** The provider's administrator changes the person's groups. */
    public void groups(String username, Set<String> groups) {
        GROUPS.put(username, Set.copyOf(groups));
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
        spring.close();
    }

    @Configuration
    @EnableWebSecurity
    static class Server {

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http, SessionRegistry sessions) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    // The session is registered, so the ID token names it (sid) and the app's
                    // sign-out (RP-initiated logout) can end it.
                    .sessionManagement(s -> s.sessionAuthenticationStrategy(new RegisterSessionAuthenticationStrategy(sessions)))
                    .build();
        }

        @Bean
        SessionRegistry sessionRegistry() {
            return new SessionRegistryImpl();
        }

        /**
         * The holder of whichever application set it last: Spring Authorization Server reads the
         * signed-in person from the global holder, which the app under test replaces with its own, so
         * the provider's filters must store there too.
         */
        @Bean
        org.springframework.security.core.context.SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new org.springframework.security.core.context.SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return org.springframework.security.core.context.SecurityContextHolder.getContext();
                }

                @Override
                public java.util.function.Supplier<org.springframework.security.core.context.SecurityContext> getDeferredContext() {
                    return org.springframework.security.core.context.SecurityContextHolder.getDeferredContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                }

                @Override
                public void setDeferredContext(
                        java.util.function.Supplier<org.springframework.security.core.context.SecurityContext> context) {
                    org.springframework.security.core.context.SecurityContextHolder.setDeferredContext(context);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
                }
            };
        }

        @Bean
        UserDetailsService people() {
            return username -> {
                String password = PASSWORDS.get(username);
                if (password == null) {
                    throw new org.springframework.security.core.userdetails.UsernameNotFoundException(username);
                }
                return User.withUsername(username).password("{noop}" + password).roles("USER").build();
            };
        }

        @Bean
        RegisteredClientRepository clients() {
            // Made when asked: the app's port is known only once it has started (after the provider).
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    // The provider saves a client after authenticating it (to upgrade its secret's
                    // encoding); this one is made afresh each time.
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }
            };
        }

        private static RegisteredClient client() {
            return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri("http://localhost:" + appPort + "/login/oauth2/code/test-idp")
                    .postLogoutRedirectUri("http://localhost:" + appPort + "/login")
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        /** The person's name, address and groups in the ID token, as Keycloak or Okta put them there. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String username = context.getPrincipal().getName();
                    context.getClaims().claim("preferred_username", username)
                            .claim("name", Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Sso")
                            .claim("email", username + "@example.org")
                            .claim("email_verified", true)
                            .claim("groups", List.copyOf(GROUPS.getOrDefault(username, Set.of())));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the provider's user-info endpoint, which reads the access token it issued. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            com.nimbusds.jwt.proc.DefaultJWTProcessor<SecurityContext> processor = new com.nimbusds.jwt.proc.DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(
                    com.nimbusds.jose.JWSAlgorithm.RS256, keys));
            return new org.springframework.security.oauth2.jwt.NimbusJwtDecoder(processor);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().issuer(issuer()).build();
        }

        private static String issuer() {
            return issuer;
        }
    }
}
