package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Checking over real HTTP: a checker's script approves and sends back; the approved export holds only what was approved. */
class ChecksApiIT extends BrowserTest {

    ApiClient api;
    Team team;
    long arabNews;
    String lead;
    String reviewer;
    String checker;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        String checkerName = data.user("checker");
        data.member(team.projectId(), team.lead(), checkerName, ProjectRole.CHECKER);
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        lead = api.token(team.lead(), TestData.PASSWORD, "write");
        reviewer = api.token(team.reviewer(), TestData.PASSWORD, "write");
        checker = api.token(checkerName, TestData.PASSWORD, "write");
    }

    private long annotate(String exact, String note) {
        String text = api.get(reviewer, "/api/v1/articles/" + arabNews).json().get("text").asString();
        int start = text.indexOf(exact);
        return api.post(reviewer, "/api/v1/articles/" + arabNews + "/annotations", "{\"kind\":\"NOTE\",\"start\":" + start
                + ",\"end\":" + (start + exact.length()) + ",\"exact\":\"" + exact + "\",\"note\":\"" + note + "\"}")
                .json().get("id").asLong();
    }

    @Test
    void aCheckersScriptDecidesOnTheVersionItReadAndTheApprovedExportHoldsOnlyApprovedWork() {
        long tokayev = annotate("Kassym-Jomart Tokayev", "President");
        long almaty = annotate("Almaty", "The city");
        String check = "/api/v1/annotations/" + tokayev + "/check";
        ApiClient.Response early = api.post(checker, check, "{\"outcome\":\"APPROVED\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("Ready for review");
        api.post(lead, "/api/v1/articles/" + arabNews + "/status", "{\"status\":\"READY_FOR_REVIEW\"}");

        assertThat(api.post(reviewer, check, "{\"outcome\":\"APPROVED\"}").status()).as("not a checker").isEqualTo(403);
        assertThat(api.post(checker, check, "{\"outcome\":\"FINE\"}").status()).isEqualTo(422);
        assertThat(api.post(checker, check, "{\"outcome\":\"APPROVED\",\"version\":7}").status())
                .as("a version it did not read").isEqualTo(412);
        JsonNode approved = api.post(checker, check, "{\"outcome\":\"APPROVED\"}").json();
        assertThat(approved.get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("current").asBoolean()).isTrue();

        ApiClient.Response noWords = api.post(checker, "/api/v1/annotations/" + almaty + "/check", "{\"outcome\":\"NEEDS_CHANGE\"}");
        assertThat(noWords.status()).isEqualTo(422);
        assertThat(noWords.json().get("field").asString()).isEqualTo("comment");
        assertThat(api.post(checker, "/api/v1/annotations/" + almaty + "/check",
                "{\"outcome\":\"NEEDS_CHANGE\",\"comment\":\"Which district?\"}").status()).isEqualTo(200);

        JsonNode list = api.get(reviewer, "/api/v1/articles/" + arabNews + "/checks").json();
        assertThat(list.get("mayCheck").asBoolean()).isFalse();
        assertThat(list.get("approved").asLong()).isEqualTo(1);
        assertThat(list.get("needsChange").asLong()).isEqualTo(1);
        JsonNode sentBack = list.get("items").get(1);
        assertThat(sentBack.get("id").asLong()).isEqualTo(almaty);
        assertThat(sentBack.get("check").get("comment").asString()).isEqualTo("Which district?");

        String csv = api.get(lead, "/api/v1/projects/" + team.projectId() + "/export?format=csv&tables=ANNOTATIONS&approved=true")
                .body();
        assertThat(csv).contains("Kassym-Jomart Tokayev").doesNotContain("The city");

        String outsider = api.token(data.user("outsider"), TestData.PASSWORD, "write");
        assertThat(api.get(outsider, "/api/v1/articles/" + arabNews + "/checks").status()).isEqualTo(404);
        assertThat(api.post(outsider, check, "{\"outcome\":\"REJECTED\",\"comment\":\"x\"}").status()).isEqualTo(404);
    }
}
