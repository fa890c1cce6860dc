package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One token's flood is held back with 429 and Retry-After; everyone else goes on (issue 10). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"crosscheck.api.rate-limit.per-second=2", "crosscheck.api.rate-limit.burst=5",
                "crosscheck.api.rate-limit.password-per-second=0.01", "crosscheck.api.rate-limit.password-burst=3"})
class ApiRateLimitIT extends BrowserTest {

    @Test
    void aFloodFromOneTokenIsHeldBackAndOthersAreServed() {
        ApiClient api = new ApiClient(port);
        Team team = data.team();
        String flood = api.token(team.reviewer(), TestData.PASSWORD, "read");
        String other = api.token(team.observer(), TestData.PASSWORD, "read");
        List<ApiClient.Response> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(api.get(flood, "/api/v1/projects"));
        }
        assertThat(answers).extracting(ApiClient.Response::status).contains(200, 429).containsOnly(200, 429);
        ApiClient.Response limited = answers.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        assertThat(limited.json().get("type").asString()).endsWith("/rate-limited");
        assertThat(api.get(other, "/api/v1/projects").status()).isEqualTo(200);

        // Password tries at the token endpoint (a bcrypt check each) are held back much sooner.
        List<Integer> tries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tries.add(api.send(api.request(null, "/api/v1/tokens")
                    .header("Authorization", ApiClient.basic(team.lead(), "guess-" + i))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"scope\":\"read\"}"))).status());
        }
        assertThat(tries).contains(401, 429).containsOnly(401, 429);
    }
}
