package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail through the REST API, over real HTTP (issue 12): what is recorded, who reads it, verification. */
class AuditApiIT extends BrowserTest {

    ApiClient api;
    TestData.Team team;
    long article;
    String leadToken;
    String reviewerToken;
    String adminToken;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        article = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        leadToken = api.token(team.lead(), TestData.PASSWORD, "write");
        reviewerToken = api.token(team.reviewer(), TestData.PASSWORD, "write");
        adminToken = api.token("admin", "admin-test-password", "read");
    }

    @Test
    void aChangeThroughTheApiIsRecordedWithItsTokenAndTheClientBehindTheTrustedProxy() {
        String text = api.get(reviewerToken, "/api/v1/articles/" + article).json().get("text").asString();
        int start = text.indexOf("Stephane Dujarric");
        // The test client is on loopback, which the test configuration trusts as a proxy.
        ApiClient.Response created = api.send(api.request(reviewerToken, "/api/v1/articles/" + article + "/annotations")
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(Map.of("kind", "QUOTE", "start", start,
                        "end", start + 17, "exact", "Stephane Dujarric", "speaker", "Stephane Dujarric")))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        JsonNode page = api.get(leadToken, "/api/v1/audit?targetType=annotation&targetId=" + id).json();
        assertThat(page.get("items")).hasSize(1);
        JsonNode entry = page.get("items").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("annotation.created");
        assertThat(entry.get("actor").asString()).isEqualTo(team.reviewer());
        assertThat(entry.get("via").asString()).startsWith("api token ");
        assertThat(entry.get("clientAddress").asString()).isEqualTo("203.0.113.7");
        assertThat(entry.get("projectId").asLong()).isEqualTo(team.projectId());
        assertThat(entry.get("after").get("fields").get("speaker").asString()).isEqualTo("Stephane Dujarric");
        assertThat(entry.get("before").isNull()).isTrue();
    }

    @Test
    void pagesGoBackwardsBySequenceNumberUntilTheFirstEntry() {
        for (String note : List.of("one", "two", "three")) {
            String text = api.get(reviewerToken, "/api/v1/articles/" + article).json().get("text").asString();
            int start = text.indexOf("dozens");
            assertThat(api.post(reviewerToken, "/api/v1/articles/" + article + "/annotations", ApiClient.json(Map.of(
                    "kind", "NOTE", "start", start, "end", start + 6, "exact", "dozens", "note", note))).status()).isEqualTo(201);
        }
        List<Long> seen = new ArrayList<>();
        String path = "/api/v1/audit?action=annotation.created&actor=" + team.reviewer() + "&size=2";
        JsonNode page = api.get(leadToken, path).json();
        page.get("items").forEach(e -> seen.add(e.get("seq").asLong()));
        assertThat(page.get("hasNext").asBoolean()).isTrue();
        page = api.get(leadToken, path + "&before=" + page.get("nextBefore").asLong()).json();
        page.get("items").forEach(e -> seen.add(e.get("seq").asLong()));
        assertThat(page.get("hasNext").asBoolean()).isFalse();
        assertThat(page.get("nextBefore").isNull()).isTrue();
        assertThat(seen).hasSize(3).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        ApiClient.Response badTime = api.get(leadToken, "/api/v1/audit?from=yesterday");
        assertThat(badTime.status()).as("invalid, as every field the API refuses").isEqualTo(422);
        assertThat(badTime.json().get("detail").asString()).contains("from");
    }

    @Test
    void onlyAdministratorsAndLeadsReadTheTrailAndOnlyAdministratorsVerifyIt() {
        ApiClient.Response reviewer = api.get(reviewerToken, "/api/v1/audit");
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(reviewer.header("Content-Type")).startsWith("application/problem+json");
        TestData.Team other = data.team();
        assertThat(api.get(leadToken, "/api/v1/audit?project=" + other.projectId()).json().get("items"))
                .as("another project's entries: none, as for a project without any").isEmpty();
        assertThat(api.get(leadToken, "/api/v1/audit/verify").status()).isEqualTo(403);

        JsonNode verified = api.get(adminToken, "/api/v1/audit/verify").json();
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("checked").asLong()).isPositive();
        assertThat(verified.get("firstBroken").isNull()).isTrue();
    }

    @Test
    void aWrongPasswordAtTheTokenEndpointIsRecordedWithoutThePassword() {
        ApiClient.Response wrong = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", ApiClient.basic(team.observer(), "not-the-password-42"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"scope\":\"read\"}")));
        assertThat(wrong.status()).isEqualTo(401);
        JsonNode entries = api.get(adminToken, "/api/v1/audit?action=login.failed&actor=" + team.observer()).json().get("items");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("via").asString()).isEqualTo("api password");
        assertThat(entries.get(0).toString()).doesNotContain("not-the-password-42");
        JsonNode signedIn = api.get(adminToken, "/api/v1/audit?action=login.succeeded&actor=" + team.lead()).json().get("items");
        assertThat(signedIn).as("the lead's token was made with a password").isNotEmpty();
    }

    @Test
    void administratorsManageUsersThroughTheApiAndEveryChangeIsAudited() {
        String writeAdmin = api.token("admin", "admin-test-password", "write");
        String name = "api" + java.util.UUID.randomUUID().toString().substring(0, 6);
        ApiClient.Response made = api.post(writeAdmin, "/api/v1/users", ApiClient.json(Map.of("username", name,
                "displayName", "Made By Script", "email", name + "@example.org", "password", "a first password 42")));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.header("Location")).endsWith("/api/v1/users/" + made.json().get("id").asLong());
        assertThat(made.json().get("mustChangePassword").asBoolean()).isTrue();
        long id = made.json().get("id").asLong();

        ApiClient.Response weak = api.post(writeAdmin, "/api/v1/users", ApiClient.json(Map.of("username", name + "x",
                "password", "password1234")));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().get("detail").asString()).contains("common");

        ApiClient.Response changed = api.patch(writeAdmin, "/api/v1/users/" + id,
                ApiClient.json(Map.of("role", "ADMIN", "enabled", false)), null);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("ADMIN");
        assertThat(changed.json().get("enabled").asBoolean()).isFalse();
        assertThat(api.get(writeAdmin, "/api/v1/users?q=" + name).json().get("items")).hasSize(1);

        assertThat(api.get(leadToken, "/api/v1/users").status()).as("leads are not administrators").isEqualTo(403);
        assertThat(api.post(reviewerToken, "/api/v1/users", ApiClient.json(Map.of("username", "nope",
                "password", "a first password 42"))).status()).isEqualTo(403);
        assertThat(api.patch(adminToken, "/api/v1/users/" + id, "{\"enabled\":true}", null).status())
                .as("a read token changes nothing").isEqualTo(403);

        JsonNode trail = api.get(adminToken, "/api/v1/audit?targetType=user&targetId=" + id).json().get("items");
        assertThat(trail).extracting(e -> e.get("action").asString())
                .containsExactly("user.disabled", "user.role-changed", "user.created");
        assertThat(trail.toString()).doesNotContain("a first password 42");
    }
}
