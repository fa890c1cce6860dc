package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.account.AccountService;
import org.crosscheck.account.TokenScope;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/**
 * Accounts hold up against strangers, over real HTTP (issue 25): nobody locks a person out, a reset
 * password suspends the tokens made with the old one, and adding members is no way to list accounts.
 */
class AccountHardeningIT extends BrowserTest {

    @Autowired AccessTokenService tokens;
    @Autowired AccountService accounts;

    ApiClient api;
    String adminToken;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        adminToken = RunAs.admin("admin", () -> tokens.create("hardening test", TokenScope.WRITE, 1)).token();
    }

    /** Trades a password for a token, as a script at {@code address} does (behind the test's trusted proxy). */
    private ApiClient.Response tokenFrom(String username, String password, String address) {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", ApiClient.basic(username, password)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"script\",\"scope\":\"read\",\"expiresInDays\":1}")));
    }

    private static String address(String net) {
        return net + "." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    @Test
    void aStrangerFailingFromOneAddressCannotLockTheOwnerOutOfAnother() {
        String owner = data.user("owner");
        String stranger = address("203.0.113");
        for (int i = 0; i < 20; i++) {
            ApiClient.Response guess = tokenFrom(owner, "a wrong guess " + i, stranger);
            assertThat(guess.status()).as("guess %d", i).isEqualTo(401);
            assertThat(guess.header("Content-Type")).startsWith("application/problem+json");
        }
        long started = System.nanoTime();
        ApiClient.Response fromHome = tokenFrom(owner, TestData.PASSWORD, address("198.51.100"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(fromHome.status()).as("the owner, from another address: " + fromHome).isEqualTo(201);
        assertThat(millis).as("slowed down at most a few seconds").isLessThan(5_000);
        assertThat(api.get(fromHome.json().get("token").asString(), "/api/v1/projects").status()).isEqualTo(200);

        // The stranger's address stays locked, even with the right password.
        ApiClient.Response fromStranger = tokenFrom(owner, TestData.PASSWORD, stranger);
        assertThat(fromStranger.status()).isEqualTo(401);
        assertThat(fromStranger.json().get("type").asString()).endsWith("/unauthorized");
        long id = accounts(owner);
        assertThat(api.get(adminToken, "/api/v1/users/" + id).json().get("locked").asBoolean())
                .as("the administrator sees the lock").isTrue();
    }

    private long accounts(String username) {
        return RunAs.admin("admin", () -> accounts.findByUsername(username)).orElseThrow().id();
    }

    @Test
    void aPasswordResetByAnAdministratorSuspendsTheTokensUntilTheUserChoosesTheirOwn() {
        String name = data.user("reset");
        String old = api.token(name, TestData.PASSWORD, "write");
        assertThat(api.get(old, "/api/v1/projects").status()).isEqualTo(200);

        String given = "a password given 9";
        ApiClient.Response reset = api.patch(adminToken, "/api/v1/users/" + accounts(name),
                "{\"password\":\"" + given + "\"}", null);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().get("mustChangePassword").asBoolean()).isTrue();

        for (ApiClient.Response refused : new ApiClient.Response[]{api.get(old, "/api/v1/projects"),
                api.post(old, "/api/v1/projects", "{\"name\":\"written anyway\"}")}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).endsWith("/password-change-required");
            assertThat(refused.json().get("detail").asString()).contains("choose your own password");
        }
        ApiClient.Response noNewToken = tokenFrom(name, given, "192.0.2.1");
        assertThat(noNewToken.status()).isEqualTo(422);

        String chosen = "my own password 11";
        run(name, () -> accounts.changeOwnPassword(given, chosen));
        ApiClient.Response revoked = api.get(old, "/api/v1/projects");
        assertThat(revoked.status()).as("the reset revoked it for good").isEqualTo(401);
        assertThat(revoked.json().get("type").asString()).endsWith("/invalid-token");
        assertThat(api.get(api.token(name, chosen, "read"), "/api/v1/projects").status()).isEqualTo(200);
    }

    @Test
    void addingMembersTellsALeadNoMoreThanItMustAndOnlyAtAFewNamesAnHour() {
        Team team = data.team();
        String lead = api.token(team.lead(), TestData.PASSWORD, "write");
        String members = "/api/v1/projects/" + team.projectId() + "/members/";
        String role = "{\"role\":\"OBSERVER\"}";
        assertThat(api.put(lead, members + data.user("real"), role).status()).isEqualTo(200);

        ApiClient.Response unknown = api.put(lead, members + "nobody-" + UUID.randomUUID().toString().substring(0, 8), role);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("detail").asString()).startsWith("Nobody can be added under the name")
                .doesNotContain("There is no user");
        ApiClient.Response precise = api.put(adminToken, members + "nobody-at-all-" + UUID.randomUUID(), role);
        assertThat(precise.status()).isEqualTo(422);
        assertThat(precise.json().get("detail").asString()).as("administrators are told").startsWith("There is no user");

        int misses = 1;
        ApiClient.Response answer;
        do {
            answer = api.put(lead, members + "guess-" + misses + "-" + UUID.randomUUID().toString().substring(0, 6), role);
            misses++;
        } while (answer.status() == 422 && misses < 100);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
        assertThat(misses).as("the 31st name that matches no account is refused").isEqualTo(31);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
        assertThat(answer.json().get("type").asString()).endsWith("/rate-limited");
        ApiClient.Response real = api.put(lead, members + data.user("second"), role);
        assertThat(real.status()).as("a spent budget refuses every name, so it tells nothing").isEqualTo(429);
        assertThat(real.json().get("detail")).isEqualTo(answer.json().get("detail"));

        Team other = data.team();
        assertThat(api.put(api.token(other.lead(), TestData.PASSWORD, "write"), "/api/v1/projects/" + other.projectId()
                + "/members/" + data.user("third"), role).status()).as("other leads are not held back").isEqualTo(200);
        assertThat(api.put(adminToken, members + data.user("fourth"), role).status()).as("nor administrators").isEqualTo(200);
        assertThat(as(team.lead(), () -> accounts.findForMembership(team.reviewer()))).as("nor is the search open")
                .isEmpty();
    }

    @Test
    void aPasswordOfSpacesIsRefusedNamingTheRule() {
        ApiClient.Response made = api.post(adminToken, "/api/v1/users", "{\"username\":\"spaces-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"password\":\"" + " ".repeat(12) + "\"}");
        assertThat(made.status()).isEqualTo(422);
        assertThat(made.json().get("detail").asString()).contains("at least 6 different characters besides spaces");
    }
}
