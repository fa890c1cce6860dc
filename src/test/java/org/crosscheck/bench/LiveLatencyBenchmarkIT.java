package org.crosscheck.bench;

import com.codeborne.selenide.SelenideDriver;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.crosscheck.CrosscheckApplication;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleService;
import org.crosscheck.browser.BrowserTestAccess;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static com.codeborne.selenide.Condition.attribute;

/**
 * Propagation latency of a change: from the moment reviewer A's save returns (the transaction is
 * committed) until the highlight is in reviewer B's DOM, in Chromium; on one node (H2) and across
 * two nodes on PostgreSQL (relayed by LISTEN/NOTIFY); against a plain WebSocket echo round trip on
 * the same machine. Run with {@code mvn -Pproduction,bench verify}; figures go to the console and
 * to target/bench/live-latency.txt. Not a pass/fail test.
 */
@Tag("bench")
class LiveLatencyBenchmarkIT {

    private static final int CHANGES = 120;
    private static final int WARMUP = 20;

    /** Test-only extras: a WebSocket echo endpoint for the reference measurement. */
    @Configuration
    static class EchoEndpoint {
        /** Registered once the container's WebSocket support is up (its ServerContainer exists). */
        @Bean
        ServletListenerRegistrationBean<ServletContextListener> echoEndpoint() {
            return new ServletListenerRegistrationBean<>(new ServletContextListener() {
                @Override
                public void contextInitialized(ServletContextEvent event) {
                    ServerContainer container = (ServerContainer) event.getServletContext()
                            .getAttribute("jakarta.websocket.server.ServerContainer");
                    try {
                        container.addEndpoint(ServerEndpointConfig.Builder.create(Echo.class, "/bench-echo").build());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain echoAccess(HttpSecurity http) throws Exception {
            return http.securityMatcher("/bench-echo").authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .csrf(c -> c.disable()).build();
        }
    }

    public static class Echo extends Endpoint {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) message -> {
                try {
                    session.getBasicRemote().sendText(message);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    record Stats(double p50, double p95, double max, int n) {
        static Stats of(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Stats(sorted[(int) Math.floor(0.50 * (sorted.length - 1))],
                    sorted[(int) Math.floor(0.95 * (sorted.length - 1))], sorted[sorted.length - 1], sorted.length);
        }

        @Override
        public String toString() {
            return String.format(Locale.ENGLISH, "p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d)", p50, p95, max, n);
        }
    }

    @Test
    void propagationLatency() throws IOException {
        SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        List<SelenideDriver> browsers = new ArrayList<>();
        StringBuilder report = new StringBuilder("Live update latency (save returned -> highlight in the other browser's DOM)\n");
        try {
            BrowserTestAccess.configure();
            ConfigurableApplicationContext single = start("jdbc:h2:mem:bench-live;DB_CLOSE_DELAY=-1", "sa", "");
            nodes.add(single);
            Fixture fixture = Fixture.create(single);
            SelenideDriver observer = browser(single, fixture, browsers);
            report.append("one node (H2)          : ").append(measure(single, observer, fixture)).append('\n');
            report.append("WebSocket echo (RTT)   : ").append(echo(observer)).append('\n');

            String pg = System.getProperty("test.pg.url");
            if (pg != null && !pg.isBlank() && !Boolean.getBoolean("test.pg.skip")) {
                String user = System.getProperty("test.pg.user", "crosscheck");
                String password = System.getProperty("test.pg.password", "crosscheck");
                ConfigurableApplicationContext nodeA = start(pg, user, password);
                nodes.add(nodeA);
                Fixture pgFixture = Fixture.create(nodeA);
                ConfigurableApplicationContext nodeB = start(pg, user, password);
                nodes.add(nodeB);
                SelenideDriver onB = browser(nodeB, pgFixture, browsers);
                report.append("two nodes (PostgreSQL) : ").append(measure(nodeA, onB, pgFixture)).append('\n');
            } else {
                report.append("two nodes (PostgreSQL) : skipped (no -Dtest.pg.url)\n");
            }
        } finally {
            browsers.forEach(SelenideDriver::close);
            nodes.forEach(ConfigurableApplicationContext::close);
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
        }
        report.append(String.format(Locale.ENGLISH, "%d changes per run after %d warm-up, one at a time, on %d cores%n",
                CHANGES, WARMUP, Runtime.getRuntime().availableProcessors()));
        System.out.println(report);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/live-latency.txt"), report);
    }

    private static ConfigurableApplicationContext start(String url, String user, String password) {
        return new SpringApplicationBuilder(CrosscheckApplication.class, EchoEndpoint.class).profiles("test")
                .run("--server.port=0", "--management.server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--spring.jmx.enabled=false");
    }

    /** A project with an article, a writer (A) and a reader (B); made through the node's services. */
    private record Fixture(String writer, String reader, long articleId, String text) {
        static Fixture create(ConfigurableApplicationContext node) {
            TestData data = node.getBean(TestData.class);
            String lead = data.user("writer");
            String reader = data.user("reader");
            long projectId = data.project(lead);
            data.member(projectId, lead, reader, ProjectRole.REVIEWER);
            long articleId = data.fixtureArticle(projectId, lead, "001-un-news-scoop.txt", "UN News");
            String text = as(node, lead, () -> node.getBean(ArticleService.class).get(articleId)).text();
            return new Fixture(lead, reader, articleId, text);
        }
    }

    private static SelenideDriver browser(ConfigurableApplicationContext node, Fixture fixture, List<SelenideDriver> all) {
        SelenideDriver browser = BrowserTestAccess.newBrowser("http://localhost:" + node.getEnvironment()
                .getProperty("local.server.port"));
        all.add(browser);
        BrowserTestAccess.login(browser, fixture.reader());
        browser.open("/articles/" + fixture.articleId());
        browser.$("cc-article-text").shouldHave(attribute("data-ready"), Duration.ofSeconds(30));
        // Record, in the page, the wall-clock time at which each new highlight enters the DOM.
        browser.executeJavaScript("""
                window.__seen = {};
                new MutationObserver(() => {
                  const now = performance.timeOrigin + performance.now();
                  document.querySelectorAll('cc-article-text mark[data-ids]').forEach(m => {
                    for (const id of m.dataset.ids.split(' ')) if (!(id in window.__seen)) window.__seen[id] = now;
                  });
                }).observe(document.querySelector('cc-article-text'), {subtree: true, childList: true});""");
        return browser;
    }

    private static Stats measure(ConfigurableApplicationContext writerNode, SelenideDriver reader, Fixture fixture) {
        AnnotationService annotations = writerNode.getBean(AnnotationService.class);
        List<Double> latencies = new ArrayList<>();
        int step = fixture.text().length() / (CHANGES + WARMUP + 1);
        for (int i = 0; i < CHANGES + WARMUP; i++) {
            int start = i * step;
            long id = as(writerNode, fixture.writer(), () -> annotations.create(fixture.articleId(), AnnotationKind.NOTE,
                    start, start + 5, AnnotationFields.note("bench"))).id();
            Instant saved = Instant.now();
            double seen = ((Number) reader.Wait().withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(5))
                    .until(d -> reader.executeJavaScript("return window.__seen['a" + id + "']"))).doubleValue();
            double savedMs = saved.getEpochSecond() * 1000.0 + saved.getNano() / 1_000_000.0;
            if (i >= WARMUP) {
                latencies.add(seen - savedMs);
            }
        }
        return Stats.of(latencies);
    }

    /** WebSocket round trips between the page and the server (the bench echo endpoint), after a warm-up. */
    static Stats echo(SelenideDriver browser) {
        @SuppressWarnings("unchecked")
        List<Number> rtts = (List<Number>) browser.executeAsyncJavaScript("""
                const done = arguments[arguments.length - 1];
                const ws = new WebSocket(location.origin.replace('http', 'ws') + '/bench-echo');
                const rtts = []; let sentAt = 0; const total = %d;
                ws.onopen = () => { sentAt = performance.now(); ws.send('ping'); };
                ws.onmessage = () => {
                  rtts.push(performance.now() - sentAt);
                  if (rtts.length === total) { ws.close(); done(rtts.slice(%d)); return; }
                  sentAt = performance.now(); ws.send('ping');
                };
                ws.onerror = () => done([]);""".formatted(CHANGES + WARMUP, WARMUP));
        return Stats.of(rtts.stream().map(Number::doubleValue).toList());
    }

    /**
     * Runs as a user on one node. Two contexts in one JVM each install their own security context
     * strategy, and the JVM-wide holder keeps the last one: set the user in both.
     */
    private static <T> T as(ConfigurableApplicationContext node, String username, Supplier<T> work) {
        SecurityContextHolderStrategy nodeStrategy = node.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = nodeStrategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        nodeStrategy.setContext(context);
        global.setContext(context);
        try {
            return work.get();
        } finally {
            nodeStrategy.clearContext();
            global.clearContext();
        }
    }
}
