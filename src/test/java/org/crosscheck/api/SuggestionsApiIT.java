package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The suggestions API over real HTTP: a run with progress, the list with UTF-16 offsets, accept, reject, claims. */
class SuggestionsApiIT extends BrowserTest {

    ApiClient api;
    Team team;
    long republic;
    String reviewer;
    String observer;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        republic = data.fixtureArticle(team.projectId(), team.lead(), "002-republic-world.txt", "Republic World");
        reviewer = api.token(team.reviewer(), TestData.PASSWORD, "write");
        observer = api.token(team.observer(), TestData.PASSWORD, "write");
    }

    private JsonNode runToTheEnd() throws InterruptedException {
        ApiClient.Response started = api.post(reviewer, "/api/v1/projects/" + team.projectId() + "/suggestions/run", "");
        assertThat(started.status()).isEqualTo(202);
        String progress = started.header("Location");
        assertThat(progress).matches("/api/v1/projects/" + team.projectId() + "/suggestions/runs/\\d+");
        assertThat(started.json().get("progressUrl").asString()).isEqualTo(progress);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode run = started.json();
        while ("RUNNING".equals(run.get("status").asString()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            run = api.get(reviewer, progress).json();
        }
        assertThat(run.get("status").asString()).isEqualTo("DONE");
        assertThat(run.get("articlesDone").asInt()).isEqualTo(3);
        return run;
    }

    @Test
    void aScriptRunsTheSuggestionsAndReadsThemWithOffsetsIntoTheText() throws InterruptedException {
        JsonNode run = runToTheEnd();
        assertThat(run.get("proposed").asInt()).isPositive();

        JsonNode figures = api.get(reviewer, "/api/v1/projects/" + team.projectId()
                + "/suggestions?kind=FIGURE&status=PENDING&article=" + republic + "&size=100").json();
        String text = TestData.as(team.reviewer(), () -> data.text(republic));
        int afterFlag = text.indexOf("🇰🇿");
        boolean sawOneAfterTheEmoji = false;
        for (JsonNode f : figures.get("items")) {
            String exact = f.get("exact").asString();
            assertThat(text.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo(exact);
            assertThat(f.get("confidence").asDouble()).isBetween(0.0, 1.0);
            sawOneAfterTheEmoji |= f.get("start").asInt() > afterFlag;
        }
        assertThat(sawOneAfterTheEmoji).as("offsets count the flag emoji as two UTF-16 units").isTrue();
        assertThat(figures.get("items").findValuesAsString("exact")).contains("around 1,000", "two-fold");

        // Each quote's speaker comes with the words that named them, at offsets into the same text.
        JsonNode quotes = api.get(reviewer, "/api/v1/projects/" + team.projectId()
                + "/suggestions?kind=QUOTE&article=" + republic + "&size=100").json();
        int named = 0;
        for (JsonNode q : quotes.get("items")) {
            JsonNode mention = q.get("speakerMention");
            if (mention != null && !mention.isNull()) {
                assertThat(q.get("speaker").isNull()).isFalse();
                assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                        .isEqualTo(mention.get("exact").asString());
                named++;
            }
        }
        assertThat(named).as("quotes whose speaker the text names").isPositive();

        JsonNode contradictions = api.get(reviewer, "/api/v1/projects/" + team.projectId()
                + "/suggestions?kind=CONTRADICTION").json();
        JsonNode injured = null;
        for (JsonNode c : contradictions.get("items")) {
            if (c.get("explanation").asString().startsWith("Injured:")) {
                injured = c;
            }
        }
        assertThat(injured).isNotNull();
        assertThat(injured.get("category").asString()).isEqualTo("FIGURE_MISMATCH");
        // "around 1,000" can be true with either, so it is no side of the conflict.
        assertThat(injured.get("spans").findValuesAsString("exact")).containsExactly("More than 1,000", "almost 1,000");

        ApiClient.Response wrongKind = api.get(reviewer, "/api/v1/projects/" + team.projectId() + "/suggestions?kind=QUOTES");
        assertThat(wrongKind.status()).isEqualTo(422);
        assertThat(wrongKind.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongKind.json().get("detail").asString()).contains("QUOTE, FIGURE, CONTRADICTION");
    }

    @Test
    void acceptWithAnEditedSpeakerRejectOnceAndOnlyWhoMayReview() throws InterruptedException {
        runToTheEnd();
        JsonNode quote = api.get(reviewer, "/api/v1/projects/" + team.projectId() + "/suggestions?kind=QUOTE&size=1")
                .json().get("items").get(0);
        ApiClient.Response refused = api.post(observer, "/api/v1/suggestions/" + quote.get("id").asLong() + "/accept", "");
        assertThat(refused.status()).isEqualTo(403);

        ApiClient.Response accepted = api.post(reviewer, "/api/v1/suggestions/" + quote.get("id").asLong() + "/accept",
                "{\"speaker\":\"Stéphane Dujarric\"}");
        assertThat(accepted.status()).isEqualTo(201);
        long annotationId = accepted.json().get("annotation").get("id").asLong();
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/annotations/" + annotationId);
        JsonNode annotation = api.get(reviewer, "/api/v1/annotations/" + annotationId).json();
        assertThat(annotation.get("speaker").asString()).isEqualTo("Stéphane Dujarric");
        assertThat(annotation.get("origin").asString()).isEqualTo("SUGGESTED");
        assertThat(annotation.get("exact").asString()).isEqualTo(quote.get("exact").asString());
        assertThat(accepted.json().get("suggestion").get("status").asString()).isEqualTo("ACCEPTED");

        JsonNode figure = api.get(reviewer, "/api/v1/projects/" + team.projectId() + "/suggestions?kind=FIGURE&size=1")
                .json().get("items").get(0);
        ApiClient.Response rejected = api.post(reviewer, "/api/v1/suggestions/" + figure.get("id").asLong() + "/reject", "");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        ApiClient.Response again = api.post(reviewer, "/api/v1/suggestions/" + figure.get("id").asLong() + "/accept", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already rejected");

        String outsider = api.token(data.user("outsider"), TestData.PASSWORD, "write");
        assertThat(api.get(outsider, "/api/v1/suggestions/" + figure.get("id").asLong()).status()).isEqualTo(404);
        assertThat(api.post(outsider, "/api/v1/suggestions/" + figure.get("id").asLong() + "/reject", "").status())
                .isEqualTo(404);
        assertThat(api.post(observer, "/api/v1/projects/" + team.projectId() + "/suggestions/run", "").status())
                .isEqualTo(403);
        assertThat(api.get(outsider, "/api/v1/projects/" + team.projectId() + "/suggestions/runs/1").status())
                .isEqualTo(404);
        assertThat(api.get(outsider, "/api/v1/projects/" + team.projectId() + "/claims").status()).isEqualTo(404);
    }

    @Test
    void anImportWithDetectBodyKeepsTheArticleAndSaysWhatWasLeftOut() throws java.io.IOException {
        String lead = api.token(team.lead(), TestData.PASSWORD, "write");
        String scrape;
        try (var in = SuggestionsApiIT.class.getResourceAsStream("/body-detection/004_632696d97f397886.txt")) {
            scrape = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        ApiClient.Response made = api.post(lead, "/api/v1/projects/" + team.projectId() + "/articles?detectBody=true",
                ApiClient.json(java.util.Map.of("title", "OWP", "outlet", "The Organization for World Peace",
                        "text", scrape)));
        assertThat(made.status()).isEqualTo(201);
        JsonNode article = made.json().get(0);
        assertThat(article.get("leftOut").findValuesAsString("text"))
                .contains("top of page", "(c) 2022, The Organization for World Peace", "Featured Review");
        assertThat(article.get("leftOut").findValuesAsString("reason")).contains("footer or links after the article");
        String text = api.get(lead, "/api/v1/articles/" + article.get("id").asLong()).json().get("text").asString();
        assertThat(text).startsWith("After weeks of violent unrest").endsWith("prevented or punished.")
                .doesNotContain("top of page", "Tag Cloud");

        // The byline the page had is the article's, apart from its text.
        String scoop;
        try (var in = SuggestionsApiIT.class.getResourceAsStream("/body-detection/001_bce48ba1cf8c7179.txt")) {
            scoop = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // Its body is the demo's UN News article, already in the project.
        JsonNode withByline = api.post(lead, "/api/v1/projects/" + team.projectId()
                        + "/articles?detectBody=true&allowDuplicate=true",
                ApiClient.json(java.util.Map.of("title", "UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed",
                        "text", scoop))).json().get(0);
        assertThat(withByline.get("byline").asString()).isEqualTo("Press Release: UN News");
        JsonNode read = api.get(lead, "/api/v1/articles/" + withByline.get("id").asLong()).json();
        assertThat(read.get("byline").asString()).isEqualTo("Press Release: UN News");
        assertThat(read.get("text").asString()).doesNotContain("Press Release: UN News");
        assertThat(read.get("publishedOn").asString()).isEqualTo("2022-01-07");

        // Without the parameter the answer is as before: the whole text, no leftOut.
        ApiClient.Response whole = api.post(lead, "/api/v1/projects/" + team.projectId() + "/articles?allowDuplicate=true",
                ApiClient.json(java.util.Map.of("title", "OWP page", "text", scrape)));
        assertThat(whole.json().get(0).has("leftOut")).isFalse();
    }

    @Test
    void theClaimsMatrixAsJsonAndAsCsv() throws InterruptedException {
        runToTheEnd();
        JsonNode claims = api.get(observer, "/api/v1/projects/" + team.projectId() + "/claims").json();
        assertThat(claims.get("columns").findValuesAsString("outlet"))
                .containsExactly("Arab News Outlet", "Republic World Outlet", "UN News Outlet");
        JsonNode injured = null;
        for (JsonNode row : claims.get("rows")) {
            if (row.get("topic").asString().equals("injured")) {
                injured = row;
            }
        }
        assertThat(injured).isNotNull();
        assertThat(injured.get("conflicting").asBoolean()).isTrue();
        assertThat(injured.get("cells").get(1).get(0).get("claim").asString()).isEqualTo("about 1,000");

        ApiClient.Response csv = api.get(observer, "/api/v1/projects/" + team.projectId() + "/claims?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("injured,yes,\"More than 1,000 (more than 1,000 people injured, suggested)\","
                + "\"around 1,000 (about 1,000 people injured, suggested)\",\"almost 1,000 (almost 1,000 people injured, suggested)\"");
    }
}
