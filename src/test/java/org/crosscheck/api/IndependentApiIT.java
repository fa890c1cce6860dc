package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Independent marking over real HTTP: the API hides another assignee's marks exactly as the reader does, until submission. */
class IndependentApiIT extends BrowserTest {

    ApiClient api;
    Team team;
    long article;
    String lead;
    String first;
    String second;
    String secondName;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        secondName = data.user("second");
        data.member(team.projectId(), team.lead(), secondName, ProjectRole.REVIEWER);
        article = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        lead = api.token(team.lead(), TestData.PASSWORD, "write");
        first = api.token(team.reviewer(), TestData.PASSWORD, "write");
        second = api.token(secondName, TestData.PASSWORD, "write");
    }

    private long note(String token, String exact, String note) {
        String text = api.get(token, "/api/v1/articles/" + article).json().get("text").asString();
        int start = text.indexOf(exact);
        ApiClient.Response made = api.post(token, "/api/v1/articles/" + article + "/annotations", "{\"kind\":\"NOTE\",\"start\":"
                + start + ",\"end\":" + (start + exact.length()) + ",\"exact\":\"" + exact + "\",\"note\":\"" + note + "\"}");
        assertThat(made.status()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    @Test
    void anotherAssigneesMarksAreNotThereUntilSubmissionThenTheLeadReadsTheAgreement() {
        String mode = "/api/v1/projects/" + team.projectId() + "/independent";
        assertThat(api.put(first, mode, "{\"independent\":true}").status()).as("leads only").isEqualTo(403);
        assertThat(api.put(lead, mode, "{\"independent\":true}").json().get("independent").asBoolean()).isTrue();
        assertThat(api.put(lead, "/api/v1/articles/" + article + "/assignees",
                "{\"assignees\":[\"" + team.reviewer() + "\",\"" + secondName + "\"]}").status()).isEqualTo(200);

        long firsts = note(first, "Kassym-Jomart Tokayev", "President");
        note(second, "Kassym-Jomart Tokayev", "President");
        note(second, "Almaty", "city");

        JsonNode seenBySecond = api.get(second, "/api/v1/articles/" + article + "/annotations").json();
        assertThat(seenBySecond.get("items").findValuesAsString("note")).containsExactlyInAnyOrder("President", "city");
        assertThat(seenBySecond.get("items").findValuesAsString("author")).containsOnly(secondName);
        assertThat(api.get(second, "/api/v1/annotations/" + firsts).status()).as("as if it did not exist").isEqualTo(404);
        String observer = api.token(team.observer(), TestData.PASSWORD, "read");
        assertThat(api.get(observer, "/api/v1/articles/" + article + "/annotations").json().get("items").size()).as("others wait for all").isZero();
        assertThat(api.get(first, "/api/v1/articles/" + article + "/agreement").status()).as("leads only").isEqualTo(403);

        assertThat(api.post(second, "/api/v1/articles/" + article + "/submit", "").json().get("submitted")
                .get(secondName).asBoolean()).isTrue();
        assertThat(api.get(second, "/api/v1/annotations/" + firsts).status()).as("submitted: now there").isEqualTo(200);
        assertThat(api.get(first, "/api/v1/articles/" + article + "/annotations").json().get("items").size())
                .as("the first has not submitted").isEqualTo(1);
        JsonNode done = api.post(first, "/api/v1/articles/" + article + "/submit", "").json();
        assertThat(done.get("status").asString()).isEqualTo("READY_FOR_REVIEW");

        JsonNode agreement = api.get(lead, "/api/v1/articles/" + article + "/agreement").json();
        assertThat(agreement.get("annotators").get(0).asString()).isEqualTo(team.reviewer());
        assertThat(agreement.get("overall").get("f1").asDouble()).isEqualTo(2.0 / 3);
        assertThat(api.get(lead, "/api/v1/projects/" + team.projectId() + "/agreement").json().size()).isEqualTo(1);
        String outsider = api.token(data.user("outsider"), TestData.PASSWORD, "write");
        assertThat(api.get(outsider, "/api/v1/articles/" + article + "/agreement").status()).isEqualTo(404);
    }
}
