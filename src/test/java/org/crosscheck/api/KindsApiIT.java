package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's kinds over real HTTP: described, defined by a lead, used by annotations, changed, refused. */
class KindsApiIT extends BrowserTest {

    ApiClient api;
    Team team;
    long articleId;
    String lead;
    String reviewer;
    String outsider;
    String text;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        articleId = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        text = TestData.as(team.lead(), () -> data.text(articleId));
        lead = api.token(team.lead(), TestData.PASSWORD, "write");
        reviewer = api.token(team.reviewer(), TestData.PASSWORD, "write");
        outsider = api.token(data.user("outsider"), TestData.PASSWORD, "write");
    }

    private String kinds() {
        return "/api/v1/projects/" + team.projectId() + "/kinds";
    }

    @Test
    void aScriptDefinesAKindAndAnnotatesWithItsFieldsByKey() {
        JsonNode builtIn = api.get(reviewer, kinds()).json();
        assertThat(builtIn.findValuesAsString("id")).startsWith("QUOTE", "FIGURE", "NOTE");
        assertThat(builtIn.get(1).get("fields").findValuesAsString("key"))
                .containsExactly("qualifier", "value", "counts", "unit", "note");

        ApiClient.Response refused = api.post(reviewer, kinds(), "{\"name\":\"Claim\",\"colour\":\"ROSE\"}");
        assertThat(refused.status()).isEqualTo(403);

        ApiClient.Response made = api.post(lead, kinds(), """
                {"name": "Claim", "colour": "ROSE", "shortcut": "l", "fields": [
                  {"label": "Claimant", "type": "PERSON", "required": true},
                  {"label": "Verdict", "type": "CHOICE", "choices": ["true", "false", "misleading"]}]}""");
        assertThat(made.status()).isEqualTo(201);
        JsonNode claim = made.json();
        String id = claim.get("id").asString();
        assertThat(made.header("Location")).isEqualTo(kinds() + "/" + id);
        String claimant = claim.get("fields").get(0).get("key").asString();
        String verdict = claim.get("fields").get(1).get("key").asString();

        int start = text.indexOf("12 police officers");
        ApiClient.Response annotated = api.post(reviewer, "/api/v1/articles/" + articleId + "/annotations", """
                {"kind": "%s", "start": %d, "end": %d, "fields": {"%s": "Interior Ministry", "%s": "false"}}"""
                .formatted(id, start, start + "12 police officers".length(), claimant, verdict));
        assertThat(annotated.status()).isEqualTo(201);
        JsonNode a = api.get(reviewer, annotated.header("Location")).json();
        assertThat(a.get("kind").asString()).isEqualTo(id);
        assertThat(a.get("kindName").asString()).isEqualTo("Claim");
        assertThat(a.get("fields").get(claimant).asString()).isEqualTo("Interior Ministry");
        assertThat(a.get("fields").get(verdict).asString()).isEqualTo("false");

        // A value outside the choices is a problem on its field, and nothing is saved.
        ApiClient.Response wrong = api.post(reviewer, "/api/v1/articles/" + articleId + "/annotations", """
                {"kind": "%s", "start": %d, "end": %d, "fields": {"%s": "X", "%s": "maybe"}}"""
                .formatted(id, start, start + 2, claimant, verdict));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("one of: true, false, misleading");

        // Renaming a field keeps its values; a field left out is archived, its value kept.
        ApiClient.Response changed = api.put(lead, kinds() + "/" + id, """
                {"name": "Claim", "colour": "VIOLET", "shortcut": "l", "fields": [
                  {"key": "%s", "label": "Who claims it", "type": "PERSON", "required": true}]}""".formatted(claimant),
                made.header("ETag"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("fields").findValuesAsString("label")).containsExactly("Who claims it", "Verdict");
        assertThat(changed.json().get("fields").get(1).get("archived").asBoolean()).isTrue();
        JsonNode after = api.get(reviewer, annotated.header("Location")).json();
        assertThat(after.get("fields").get(claimant).asString()).isEqualTo("Interior Ministry");
        assertThat(after.get("fields").get(verdict).asString()).isEqualTo("false");

        // A stale version is refused; a kind in use is not deleted.
        assertThat(api.put(lead, kinds() + "/" + id, "{\"name\":\"Claim\",\"colour\":\"ROSE\"}", made.header("ETag"))
                .status()).isEqualTo(412);
        assertThat(api.delete(lead, kinds() + "/" + id, null).status()).isEqualTo(422);
    }

    @Test
    void anOutsiderGetsTheSameAnswerAsForAProjectThatDoesNotExist() {
        ApiClient.Response hidden = api.get(outsider, kinds());
        ApiClient.Response missing = api.get(outsider, "/api/v1/projects/999999/kinds");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(api.post(outsider, kinds(), "{\"name\":\"Claim\",\"colour\":\"ROSE\"}").status()).isEqualTo(404);
    }
}
