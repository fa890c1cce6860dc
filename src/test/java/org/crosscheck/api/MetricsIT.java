package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.registry.HealthContributorRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations over real HTTP: the metrics move with what users do (an annotation saved through the
 * API, a bundle exported and imported, failed and locked sign-ins) and are scraped on the
 * management port only; readiness is UP with the database.
 */
class MetricsIT extends BrowserTest {

    @Value("${local.management.port}")
    int managementPort;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Autowired
    HealthContributorRegistry healthContributors;

    private final HttpClient http = HttpClient.newHttpClient();
    ApiClient api;
    Team team;
    long arabNews;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
    }

    @Test
    void savesSignInsAndExchangesMoveTheirMetricsOnTheManagementPortOnly() {
        String before = scrape();
        String reviewer = api.token(team.reviewer(), TestData.PASSWORD, "write");
        String lead = api.token(team.lead(), TestData.PASSWORD, "write");

        String text = api.get(reviewer, "/api/v1/articles/" + arabNews).json().get("text").asString();
        int start = text.indexOf("Stephane Dujarric");
        ApiClient.Response note = api.post(reviewer, "/api/v1/articles/" + arabNews + "/annotations",
                ApiClient.json(Map.of("kind", "NOTE", "start", start, "end", start + 17, "exact", "Stephane Dujarric",
                        "note", "the spokesman")));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);

        // A wrong password at the token endpoint; then five more lock the username from this address,
        // and the next try is refused by the lock.
        String victim = data.user("locked");
        for (int i = 0; i < 6; i++) {
            assertThat(tokenWith(victim, "wrong password " + i)).isEqualTo(401);
        }
        assertThat(tokenWith(victim, TestData.PASSWORD)).as("locked from this address").isEqualTo(401);

        ApiClient.Download bundle = api.download(lead, "/api/v1/projects/" + team.projectId() + "/export?format=bundle");
        assertThat(bundle.status()).isEqualTo(200);
        ApiClient.Response imported = api.upload(reviewer, "/api/v1/projects/import", "application/zip", bundle.body());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        String after = scrape();
        String saved = "crosscheck_annotations_saved_total";
        assertThat(value(after, saved, "action", "created", "door", "api", "kind", "NOTE")
                - value(before, saved, "action", "created", "door", "api", "kind", "NOTE")).isEqualTo(1);
        assertThat(value(after, saved, "action", "created", "door", "import", "kind", "UNKNOWN")
                - value(before, saved, "action", "created", "door", "import", "kind", "UNKNOWN"))
                .as("the bundle's note, restored without an event of its own").isEqualTo(1);
        String signIns = "crosscheck_signins_total";
        assertThat(value(after, signIns, "outcome", "success") - value(before, signIns, "outcome", "success"))
                .as("the two tokens' passwords").isGreaterThanOrEqualTo(2);
        assertThat(value(after, signIns, "outcome", "failure") - value(before, signIns, "outcome", "failure")).isEqualTo(5);
        assertThat(value(after, signIns, "outcome", "locked") - value(before, signIns, "outcome", "locked")).isEqualTo(2);
        assertThat(value(after, "crosscheck_signin_locks_total") - value(before, "crosscheck_signin_locks_total")).isEqualTo(1);
        assertThat(value(after, "crosscheck_export_duration_seconds_count", "format", "bundle")
                - value(before, "crosscheck_export_duration_seconds_count", "format", "bundle")).isEqualTo(1);
        assertThat(value(after, "crosscheck_export_size_bytes_sum", "format", "bundle")
                - value(before, "crosscheck_export_size_bytes_sum", "format", "bundle")).isEqualTo(bundle.body().length);
        assertThat(value(after, "crosscheck_import_size_bytes_sum", "format", "bundle")
                - value(before, "crosscheck_import_size_bytes_sum", "format", "bundle")).isEqualTo(bundle.body().length);
        assertThat(value(after, "crosscheck_import_duration_seconds_count", "format", "bundle")
                - value(before, "crosscheck_import_duration_seconds_count", "format", "bundle")).isEqualTo(1);
        // Registered from the start, moved by other tests: there, with their tags.
        assertThat(after).contains("crosscheck_live_deliveries_total{origin=\"local\"}",
                "crosscheck_live_delivery_latency_seconds_count{origin=\"relayed\"}", "crosscheck_sessions_open ",
                "crosscheck_views_open ", "crosscheck_suggestion_runs_seconds_count{outcome=\"completed\"}",
                "jvm_memory_used_bytes{", "http_server_requests_seconds_count{");
        assertThat(after).as("no id is a tag").doesNotContain("project=", "article=", "user=");
    }

    @Test
    void prometheusAndHealthAreServedOnTheManagementPortAloneAndReadinessIsUpWithTheDatabase() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness",
                "/actuator"}) {
            HttpResponse<String> answer = get(port, path);
            assertThat(answer.statusCode()).as("public port " + path).isIn(401, 404);
            assertThat(answer.body()).as(path).doesNotContain("jvm_", "UP");
        }
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(healthContributors.getContributor("db")).as("the database's health").isNotNull();
        assertThat(healthGroups.get("readiness").isMember("db")).as("readiness asks the database").isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).as("a database outage restarts nothing").isFalse();
        assertThat(get(managementPort, "/actuator/prometheus").statusCode()).isEqualTo(200);
        HttpResponse<String> env = get(managementPort, "/actuator/env");
        assertThat(env.statusCode()).as("nothing else is exposed").isNotEqualTo(200);
        assertThat(env.body()).doesNotContain("propertySources");
    }

    private int tokenWith(String username, String password) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                    .header("Authorization", ApiClient.basic(username, password)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"t\",\"scope\":\"read\",\"expiresInDays\":1}")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String scrape() {
        HttpResponse<String> answer = get(managementPort, "/actuator/prometheus");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<String> get(int onPort, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample of {@code name} whose labels include {@code labels} (pairs), 0 when there is none. */
    static double value(String scrape, String name, String... labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{([^}]*)})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = sample.matcher(scrape);
        while (m.find()) {
            String found = m.group(2) == null ? "" : m.group(2);
            boolean all = true;
            for (int i = 0; i < labels.length; i += 2) {
                all &= found.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (all) {
                return Double.parseDouble(m.group(3));
            }
        }
        return 0;
    }
}
