package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Assignments and status over real HTTP, as a lead's and a reviewer's scripts use them. */
class WorkflowApiIT extends BrowserTest {

    ApiClient api;
    Team team;
    long arabNews;
    long unNews;
    String lead;
    String reviewer;
    String observer;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        lead = api.token(team.lead(), TestData.PASSWORD, "write");
        reviewer = api.token(team.reviewer(), TestData.PASSWORD, "write");
        observer = api.token(team.observer(), TestData.PASSWORD, "write");
    }

    @Test
    void aLeadAssignsAReviewerMovesTheWorkAndTheListFiltersByBoth() {
        String assignees = "/api/v1/articles/" + arabNews + "/assignees";
        assertThat(api.put(reviewer, assignees, "{\"assignees\":[\"" + team.reviewer() + "\"]}").status()).isEqualTo(403);
        ApiClient.Response observerRefused = api.put(lead, assignees, "{\"assignees\":[\"" + team.observer() + "\"]}");
        assertThat(observerRefused.status()).isEqualTo(422);
        assertThat(observerRefused.body()).contains("observer");
        ApiClient.Response assigned = api.put(lead, assignees, "{\"assignees\":[\"" + team.reviewer() + "\"]}");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(api.get(observer, assignees).json().get("assignees").get(0).asString()).isEqualTo(team.reviewer());

        String status = "/api/v1/articles/" + arabNews + "/status";
        assertThat(api.post(observer, status, "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(403);
        assertThat(api.post(reviewer, status, "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(200);
        JsonNode ready = api.post(reviewer, status, "{\"status\":\"READY_FOR_REVIEW\"}").json();
        assertThat(ready.get("status").asString()).isEqualTo("READY_FOR_REVIEW");
        assertThat(ready.get("changedBy").asString()).isEqualTo(team.reviewer());
        ApiClient.Response noReason = api.post(lead, status, "{\"status\":\"TODO\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("reason");
        JsonNode back = api.post(lead, status, "{\"status\":\"IN_PROGRESS\",\"reason\":\"Quotes in paragraph 4 missing\"}")
                .json();
        assertThat(back.get("reason").asString()).isEqualTo("Quotes in paragraph 4 missing");
        assertThat(api.post(lead, status, "{\"status\":\"FINISHED\"}").status()).isEqualTo(422);

        JsonNode mine = api.get(reviewer, "/api/v1/projects/" + team.projectId() + "/articles?assignee=" + team.reviewer()
                + "&status=IN_PROGRESS").json();
        assertThat(mine.get("items").findValuesAsString("title")).containsExactly("Arab News");
        assertThat(mine.get("items").get(0).get("assignees").get(0).asString()).isEqualTo(team.reviewer());
        JsonNode todo = api.get(reviewer, "/api/v1/projects/" + team.projectId() + "/articles?status=TODO").json();
        assertThat(todo.get("items").findValuesAsString("title")).containsExactly("UN News");
    }

    @Test
    void anOutsiderLearnsNothingOfAnArticlesWork() {
        String outsider = api.token(data.user("outsider"), TestData.PASSWORD, "write");
        assertThat(api.get(outsider, "/api/v1/articles/" + arabNews + "/assignees").status()).isEqualTo(404);
        assertThat(api.get(outsider, "/api/v1/articles/999999/assignees").status()).isEqualTo(404);
        assertThat(api.post(outsider, "/api/v1/articles/" + arabNews + "/status", "{\"status\":\"DONE\"}").status())
                .isEqualTo(404);
    }
}
