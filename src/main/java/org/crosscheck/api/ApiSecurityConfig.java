package org.crosscheck.api;

import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.TokenScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Who may call the API, before the services check what they may do. Two filter chains, ahead of
 * the browser's: {@code POST /api/v1/tokens} with HTTP Basic (a script trades its password for a
 * token there, and only there), and the rest of {@code /api/**} with a token. Both are stateless:
 * the session is never read, so a browser's cookie never authenticates an API request and there is
 * nothing to forge (hence no CSRF token).
 */
@Configuration
class ApiSecurityConfig {

    static final String TOKENS = "/api/v1/tokens";

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, ApiRateLimiter rateLimiter,
            @Value("${crosscheck.api.rate-limit.password-per-second:0.5}") double passwordTriesPerSecond,
            @Value("${crosscheck.api.rate-limit.password-burst:10}") double passwordBurst) throws Exception {
        stateless(http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, TOKENS)));
        http.addFilterBefore(new JsonBodyLimitFilter(), BasicAuthenticationFilter.class);
        // Each try costs a bcrypt check (~0.1 s of CPU): password guessing and CPU exhaustion through
        // the token endpoint are held to a few tries per client address.
        http.addFilterBefore((request, response, chain) -> {
            OptionalLong wait = rateLimiter.acquire("basic:" + request.getRemoteAddr(), passwordTriesPerSecond, passwordBurst);
            if (wait.isPresent()) {
                Problems.write((jakarta.servlet.http.HttpServletResponse) response, HttpStatus.TOO_MANY_REQUESTS,
                        "rate-limited", "Too many requests: wait " + wait.getAsLong() + " s.",
                        Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong())));
                return;
            }
            chain.doFilter(request, response);
        }, BasicAuthenticationFilter.class);
        http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> Problems.write(response,
                HttpStatus.UNAUTHORIZED, "unauthorized",
                "Send your username and password with HTTP Basic to make a token.",
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Crosscheck API\""))));
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, AccessTokenService tokens, ApiRateLimiter rateLimiter,
            org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategy)
            throws Exception {
        stateless(http.securityMatcher("/api/**"));
        // The token first: nobody's body is read before we know who sends it.
        BearerTokenFilter bearer = new BearerTokenFilter(tokens, rateLimiter);
        strategy.ifAvailable(bearer::withContexts);
        http.addFilterBefore(bearer, AuthorizationFilter.class);
        http.addFilterBefore(new JsonBodyLimitFilter(), AuthorizationFilter.class);
        http.exceptionHandling(e -> e
                .authenticationEntryPoint((request, response, ex) -> Problems.write(response, HttpStatus.UNAUTHORIZED,
                        "unauthorized", "Send a personal access token: Authorization: Bearer <token>.",
                        Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer")))
                .accessDeniedHandler((request, response, ex) -> Problems.write(response, HttpStatus.FORBIDDEN,
                        "read-only-token", "This token may only read; make a token with the write scope to change things.",
                        Map.of())));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/docs", "/api/docs/**", "/api/swagger-ui/**")
                .permitAll()
                // HEAD is GET without the body: whatever a token may GET, it may HEAD.
                .requestMatchers(HttpMethod.GET, "/api/**")
                .hasAnyAuthority(TokenScope.READ.authority(), TokenScope.WRITE.authority())
                .requestMatchers(HttpMethod.HEAD, "/api/**")
                .hasAnyAuthority(TokenScope.READ.authority(), TokenScope.WRITE.authority())
                .anyRequest().hasAuthority(TokenScope.WRITE.authority()));
        return http.build();
    }

    private static void stateless(HttpSecurity http) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
    }
}
