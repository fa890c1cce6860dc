package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The trash and an annotation's history over real HTTP, as a lead's and a reviewer's scripts use them. */
class TrashApiIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    Team team;
    long arabNews;
    String lead;
    String reviewer;
    String observer;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        lead = api.token(team.lead(), TestData.PASSWORD, "write");
        reviewer = api.token(team.reviewer(), TestData.PASSWORD, "write");
        observer = api.token(team.observer(), TestData.PASSWORD, "write");
    }

    /** A quote with a comment, deleted by the reviewer; returns the quote's id. */
    private long deletedQuote() {
        String text = api.get(reviewer, "/api/v1/articles/" + arabNews).json().get("text").asString();
        int start = text.indexOf("Stephane Dujarric");
        ApiClient.Response created = api.post(reviewer, "/api/v1/articles/" + arabNews + "/annotations",
                ApiClient.json(Map.of("kind", "NOTE", "start", start, "end", start + 17, "note", "spokesperson")));
        long id = created.json().get("id").asLong();
        assertThat(api.post(reviewer, "/api/v1/annotations/" + id + "/comments", "{\"body\":\"Without the accent\"}")
                .status()).isEqualTo(201);
        assertThat(api.delete(reviewer, "/api/v1/annotations/" + id, created.header("ETag")).status()).isEqualTo(204);
        return id;
    }

    @Test
    void aLeadListsTheTrashAndRestoresADeletedAnnotationWithItsComment() {
        long deleted = deletedQuote();
        String trash = "/api/v1/projects/" + team.projectId() + "/trash";
        JsonNode listed = api.get(lead, trash).json();
        assertThat(listed.get("items")).hasSize(1);
        JsonNode item = listed.get("items").get(0);
        assertThat(item.get("type").asString()).isEqualTo("ANNOTATION");
        assertThat(item.get("subjectId").asLong()).isEqualTo(deleted);
        assertThat(item.get("deletedBy").asString()).isEqualTo(team.reviewer());
        assertThat(item.get("label").asString()).isEqualTo("Note “Stephane Dujarric”");

        ApiClient.Response restored = api.post(lead, trash + "/" + item.get("id").asLong() + "/restore", "");
        assertThat(restored.status()).isEqualTo(201);
        long id = restored.json().get("id").asLong();
        assertThat(restored.header("Location")).endsWith("/api/v1/annotations/" + id);
        assertThat(restored.json().get("message").asString()).isEqualTo("Note “Stephane Dujarric” restored with its comment.");
        assertThat(api.get(observer, "/api/v1/annotations/" + id + "/comments").json().get("items").get(0).get("body")
                .asString()).isEqualTo("Without the accent");
        assertThat(api.get(lead, trash).json().get("items")).isEmpty();

        ApiClient.Response again = api.post(lead, trash + "/" + item.get("id").asLong() + "/restore", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/restore-refused");

        JsonNode history = api.get(observer, "/api/v1/annotations/" + id + "/history").json();
        assertThat(history.get("versions").findValuesAsString("action")).containsExactly("created", "deleted", "restored");
        assertThat(history.get("versions").findValuesAsString("by"))
                .containsExactly(team.reviewer(), team.reviewer(), team.lead());
    }

    @Test
    void aRestoreUnderChangedTextIsRefusedWithTheReason() {
        deletedQuote();
        String text = api.get(lead, "/api/v1/articles/" + arabNews).json().get("text").asString()
                .replace("Stephane Dujarric", "Stéphane Dujarric");
        jdbc.update("update article set body_text = ?, content_hash = ? where id = ?", text,
                org.crosscheck.article.ArticleText.contentHash(text), arabNews);
        String trash = "/api/v1/projects/" + team.projectId() + "/trash";
        long itemId = api.get(lead, trash).json().get("items").get(0).get("id").asLong();
        ApiClient.Response refused = api.post(lead, trash + "/" + itemId + "/restore", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("the article's text changed");
    }

    @Test
    void onlyALeadSeesTheTrashAndAnOutsiderGetsWhatAMissingProjectGets() {
        deletedQuote();
        String trash = "/api/v1/projects/" + team.projectId() + "/trash";
        long itemId = api.get(lead, trash).json().get("items").get(0).get("id").asLong();
        assertThat(api.get(reviewer, trash).status()).isEqualTo(403);
        assertThat(api.post(reviewer, trash + "/" + itemId + "/restore", "").status()).isEqualTo(403);
        String outsider = api.token(data.user("outsider"), TestData.PASSWORD, "write");
        ApiClient.Response missing = api.get(outsider, "/api/v1/projects/999999999/trash");
        ApiClient.Response hidden = api.get(outsider, trash);
        assertThat(hidden.status()).isEqualTo(404).isEqualTo(missing.status());
        assertThat(hidden.json().get("detail").asString()).isEqualTo(missing.json().get("detail").asString());
        assertThat(api.post(outsider, trash + "/" + itemId + "/restore", "").status()).isEqualTo(404);
        assertThat(api.post(lead, "/api/v1/projects/" + team.projectId() + "/trash/999999999/restore", "").status())
                .isEqualTo(404);
    }
}
