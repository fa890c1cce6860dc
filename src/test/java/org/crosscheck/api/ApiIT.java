package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.TestData.Team;
import org.crosscheck.account.AccessTokenService;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** The REST API over real HTTP (issue 10): tokens, resources, versions, and refusals as problem details. */
class ApiIT extends BrowserTest {

    @Autowired AnnotationService annotations;
    @Autowired ProjectService projects;
    @Autowired AccessTokenService tokens;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    ApiClient api;
    Team team;
    long arabNews;
    String leadToken;
    String reviewerToken;
    String observerToken;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        leadToken = api.token(team.lead(), TestData.PASSWORD, "write");
        reviewerToken = api.token(team.reviewer(), TestData.PASSWORD, "write");
        observerToken = api.token(team.observer(), TestData.PASSWORD, "write");
    }

    @Test
    void aScriptTradesItsPasswordForATokenAndOnlyThere() {
        ApiClient.Response made = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", ApiClient.basic(team.reviewer(), TestData.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"nightly scraper\",\"scope\":\"read\",\"expiresInDays\":90}")));
        assertThat(made.status()).isEqualTo(201);
        JsonNode body = made.json();
        assertThat(body.get("token").asString()).startsWith("cc_").hasSizeGreaterThan(40);
        assertThat(body.get("name").asString()).isEqualTo("nightly scraper");
        assertThat(body.get("scope").asString()).isEqualTo("read");
        assertThat(body.get("expiresAt").asString()).startsWith(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(90).toString());
        assertThat(made.header("Set-Cookie")).as("stateless: no session").isNull();

        ApiClient.Response wrong = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", ApiClient.basic(team.reviewer(), "wrong-password"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"scope\":\"read\"}")));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");

        // Basic anywhere else is not accepted, and nor is no token at all.
        ApiClient.Response basicElsewhere = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/projects"))
                .header("Authorization", ApiClient.basic(team.reviewer(), TestData.PASSWORD)).GET());
        assertThat(basicElsewhere.status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/projects").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/projects").json().get("type").asString()).endsWith("/unauthorized");

        // The token works, and lists the project with the caller's role; a token in the address is refused.
        JsonNode list = api.get(reviewerToken, "/api/v1/projects").json();
        assertThat(list.get("items").findValuesAsString("role")).contains("REVIEWER");
        ApiClient.Response inUrl = api.get(null, "/api/v1/projects?access_token=" + reviewerToken);
        assertThat(inUrl.status()).isEqualTo(400);
        assertThat(inUrl.json().get("type").asString()).endsWith("/token-in-url");
    }

    @Test
    void aQuoteIsMarkedEditedWithItsVersionAndDeleted() {
        String text = api.get(reviewerToken, "/api/v1/articles/" + arabNews).json().get("text").asString();
        int start = text.indexOf("Stephane Dujarric");
        ApiClient.Response created = api.post(reviewerToken, "/api/v1/articles/" + arabNews + "/annotations",
                ApiClient.json(Map.of("kind", "QUOTE", "start", start, "end", start + 17, "exact", "Stephane Dujarric",
                        "speaker", "Stephane Dujarric")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String etag = created.header("ETag");
        assertThat(etag).isEqualTo("\"" + created.json().get("version").asLong() + "\"");
        assertThat(as(team.lead(), () -> annotations.get(id)).fields().speaker()).isEqualTo("Stephane Dujarric");

        // Changing needs the version read: none → 428, an old one → 412 with the current one.
        assertThat(api.patch(reviewerToken, "/api/v1/annotations/" + id, "{\"note\":\"spokesman\"}", null).status()).isEqualTo(428);
        ApiClient.Response edited = api.patch(reviewerToken, "/api/v1/annotations/" + id, "{\"note\":\"spokesman\"}", etag);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("note").asString()).isEqualTo("spokesman");
        assertThat(edited.json().get("speaker").asString()).as("absent fields keep their value").isEqualTo("Stephane Dujarric");
        ApiClient.Response stale = api.patch(reviewerToken, "/api/v1/annotations/" + id, "{\"note\":\"late\"}", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo(edited.header("ETag"));
        assertThat(stale.json().get("type").asString()).endsWith("/version-mismatch");

        assertThat(api.delete(reviewerToken, "/api/v1/annotations/" + id, etag).status()).isEqualTo(412);
        assertThat(api.delete(reviewerToken, "/api/v1/annotations/" + id, edited.header("ETag")).status()).isEqualTo(204);
        assertThat(api.get(reviewerToken, "/api/v1/annotations/" + id).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithAProblemNamingTheField() {
        String path = "/api/v1/articles/" + arabNews + "/annotations";
        ApiClient.Response malformed = api.post(reviewerToken, path, "{\"kind\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.json().get("type").asString()).endsWith("/malformed-request");

        ApiClient.Response kind = api.post(reviewerToken, path, "{\"kind\":\"RUMOUR\",\"start\":0,\"end\":4,\"note\":\"x\"}");
        assertThat(kind.status()).isEqualTo(422);
        assertThat(kind.json().get("field").asString()).isEqualTo("kind");
        for (String offsets : List.of("\"start\":-1,\"end\":4", "\"start\":9,\"end\":4", "\"start\":0,\"end\":99999999")) {
            ApiClient.Response refused = api.post(reviewerToken, path, "{\"kind\":\"NOTE\"," + offsets + ",\"note\":\"x\"}");
            assertThat(refused.status()).as(offsets).isEqualTo(422);
            assertThat(refused.json().get("field").asString()).isEqualTo("start");
        }
        ApiClient.Response mismatch = api.post(reviewerToken, path,
                "{\"kind\":\"NOTE\",\"start\":0,\"end\":4,\"exact\":\"Nope\",\"note\":\"x\"}");
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.json().get("field").asString()).isEqualTo("exact");

        // Article 002's flag emoji: two surrogate pairs; an offset between the halves of one is refused.
        long republic = data.fixtureArticle(team.projectId(), team.lead(), "002-republic-world.txt", "Republic World");
        String text = api.get(reviewerToken, "/api/v1/articles/" + republic).json().get("text").asString();
        int flag = text.indexOf("\uD83C\uDDF0");
        assertThat(flag).isNotNegative();
        ApiClient.Response split = api.post(reviewerToken, "/api/v1/articles/" + republic + "/annotations",
                "{\"kind\":\"NOTE\",\"start\":" + (flag + 1) + ",\"end\":" + (flag + 4) + ",\"note\":\"x\"}");
        assertThat(split.status()).isEqualTo(422);
        assertThat(split.json().get("detail").asString()).contains("split a character");
        ApiClient.Response whole = api.post(reviewerToken, "/api/v1/articles/" + republic + "/annotations",
                "{\"kind\":\"NOTE\",\"start\":" + flag + ",\"end\":" + (flag + 4) + ",\"exact\":\"\uD83C\uDDF0\uD83C\uDDFF\",\"note\":\"flag\"}");
        assertThat(whole.status()).as(whole.toString()).isEqualTo(201);

        // 20 MB of JSON (over the 16 MB limit) is refused before it is read; nothing was stored by any of the refusals.
        String huge = "{\"kind\":\"NOTE\",\"start\":0,\"end\":4,\"note\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}";
        ApiClient.Response tooLarge = api.post(reviewerToken, path, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(as(team.lead(), () -> annotations.forArticle(arabNews))).isEmpty();
    }

    @Test
    void rolesScopesAndMembershipDecideAndOutsidersLearnNothing() {
        String text = as(team.lead(), () -> data.text(arabNews));
        String note = ApiClient.json(Map.of("kind", "NOTE", "start", 0, "end", 3, "note", "x"));
        String path = "/api/v1/articles/" + arabNews + "/annotations";
        assertThat(text.substring(0, 3)).isEqualTo("NEW");

        // An observer may read but not annotate; a read token may not write.
        assertThat(api.get(observerToken, path).status()).isEqualTo(200);
        ApiClient.Response observer = api.post(observerToken, path, note);
        assertThat(observer.status()).isEqualTo(403);
        assertThat(observer.json().get("type").asString()).endsWith("/forbidden");
        String readOnly = api.token(team.reviewer(), TestData.PASSWORD, "read");
        assertThat(api.get(readOnly, path).status()).isEqualTo(200);
        ApiClient.Response readWrites = api.post(readOnly, path, note);
        assertThat(readWrites.status()).isEqualTo(403);
        assertThat(readWrites.json().get("type").asString()).endsWith("/read-only-token");

        // Someone outside the project gets the answer a missing id gets.
        String outsider = data.user("outsider");
        String outsiderToken = api.token(outsider, TestData.PASSWORD, "write");
        for (String resource : List.of("/api/v1/projects/" + team.projectId(), "/api/v1/articles/" + arabNews, path,
                "/api/v1/projects/" + team.projectId() + "/members", "/api/v1/projects/" + team.projectId() + "/contradictions")) {
            ApiClient.Response hidden = api.get(outsiderToken, resource);
            assertThat(hidden.status()).as(resource).isEqualTo(404);
            assertThat(hidden.json().get("type").asString()).endsWith("/not-found");
        }
        assertThat(api.get(outsiderToken, "/api/v1/articles/999999999").json().get("detail"))
                .isEqualTo(api.get(outsiderToken, "/api/v1/articles/" + arabNews).json().get("detail"));
        assertThat(api.post(outsiderToken, path, note).status()).isEqualTo(404);

        // A member removed while their script runs: 404 from then on.
        assertThat(api.post(reviewerToken, path, note).status()).isEqualTo(201);
        ApiClient.Response removed = api.delete(leadToken, "/api/v1/projects/" + team.projectId() + "/members/" + team.reviewer(), null);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get(reviewerToken, path).status()).isEqualTo(404);

        // An expired token is refused like a revoked one.
        JsonNode expiring = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", ApiClient.basic(team.lead(), TestData.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"expiring\",\"scope\":\"read\",\"expiresInDays\":1}")))
                .json();
        jdbc.update("update access_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), expiring.get("id").asLong());
        assertThat(api.get(expiring.get("token").asString(), "/api/v1/projects").status()).isEqualTo(401);

        // A revoked token stops working at once.
        JsonNode leadTokens = api.get(leadToken, "/api/v1/tokens").json().get("items");
        long tokenId = leadTokens.get(leadTokens.size() - 1).get("id").asLong(); // newest first: the set-up's is last
        assertThat(api.delete(leadToken, "/api/v1/tokens/" + tokenId, null).status()).isEqualTo(204);
        ApiClient.Response revoked = api.get(leadToken, "/api/v1/projects");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("type").asString()).endsWith("/invalid-token");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsRefused() {
        ApiClient.Response plain = api.send(api.request(reviewerToken, "/api/v1/articles/" + arabNews + "/annotations")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("kind=NOTE")));
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.json().get("type").asString()).endsWith("/unsupported-media-type");
    }

    @Test
    void articlesAreImportedFromJsonAndDuplicatesAreRefused() {
        String body = ApiClient.json(Map.of("title", "Wire copy", "outlet", "Wire", "publishedOn", "2022-01-07",
                "text", "First paragraph of the wire copy.\n\nSecond paragraph."));
        String path = "/api/v1/projects/" + team.projectId() + "/articles";
        ApiClient.Response created = api.post(leadToken, path, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get(0).get("title").asString()).isEqualTo("Wire copy");
        ApiClient.Response again = api.post(leadToken, path, body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/duplicate-article");
        assertThat(api.post(leadToken, path + "?allowDuplicate=true", body).status()).isEqualTo(201);
        assertThat(api.post(reviewerToken, path, body.replace("Wire copy", "Other")).status())
                .as("only leads import").isEqualTo(403);

        JsonNode page = api.get(observerToken, path + "?size=2").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("hasNext").asBoolean()).isTrue();
        assertThat(api.get(observerToken, path + "?size=501").status()).isEqualTo(422);
    }

    @Test
    void anArticlesPublicationMomentIsImportedReadAndChanged() {
        String path = "/api/v1/projects/" + team.projectId() + "/articles";
        ApiClient.Response created = api.post(leadToken, path, ApiClient.json(Map.of("title", "Evening update",
                "publishedAt", "2022-01-07T21:30:00+06:00", "text", "The toll rose again in the evening.")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get(0).get("id").asLong();
        ApiClient.Response read = api.get(observerToken, "/api/v1/articles/" + id);
        assertThat(read.json().get("publishedAt").asString()).isEqualTo("2022-01-07T15:30:00Z");
        assertThat(read.json().get("publishedOn").asString()).isEqualTo("2022-01-07");

        String url = "/api/v1/articles/" + id;
        assertThat(api.patch(leadToken, url, "{\"publishedAt\":\"2022-01-08T01:15:00+06:00\"}", null).status())
                .as("without If-Match").isEqualTo(428);
        ApiClient.Response bad = api.patch(leadToken, url, "{\"publishedAt\":\"yesterday evening\"}", read.header("ETag"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("field").asString()).isEqualTo("publishedAt");
        assertThat(api.patch(reviewerToken, url, "{\"outlet\":\"Mine\"}", read.header("ETag")).status())
                .as("only leads change details").isEqualTo(403);
        ApiClient.Response moved = api.patch(leadToken, url,
                "{\"publishedAt\":\"2022-01-08T01:15:00+06:00\",\"outlet\":\"Wire\"}", read.header("ETag"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("publishedAt").asString()).isEqualTo("2022-01-07T19:15:00Z");
        assertThat(moved.json().get("outlet").asString()).isEqualTo("Wire");
        assertThat(moved.json().get("title").asString()).as("left out, kept").isEqualTo("Evening update");
        assertThat(api.patch(leadToken, url, "{\"outlet\":\"Late\"}", read.header("ETag")).status())
                .as("a stale version").isEqualTo(412);

        ApiClient.Response mismatched = api.patch(leadToken, url,
                "{\"publishedOn\":\"2022-01-20\",\"publishedAt\":\"2022-01-08T01:15:00+06:00\"}", moved.header("ETag"));
        assertThat(mismatched.status()).as("a date that is not the moment's").isEqualTo(422);
        assertThat(mismatched.json().get("field").asString()).isEqualTo("publishedOn");
        ApiClient.Response dateOnly = api.patch(leadToken, url, "{\"publishedOn\":\"2022-01-09\"}", moved.header("ETag"));
        assertThat(dateOnly.json().get("publishedOn").asString()).isEqualTo("2022-01-09");
        assertThat(dateOnly.json().has("publishedAt")).as("the time of another day is dropped").isFalse();
    }

    @Test
    void filesAreImportedAllOrNothing() {
        String path = "/api/v1/projects/" + team.projectId() + "/articles";
        byte[] binary = {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7};
        ApiClient.Response refused = api.send(multipart(path, Map.of("good.txt", "A good text.\n\nTwo paragraphs.".getBytes(),
                "image.txt", binary)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("files").has("image.txt")).isTrue();
        assertThat(refused.json().get("files").has("good.txt")).isFalse();
        assertThat(api.get(leadToken, path).json().get("total").asLong()).as("nothing imported").isEqualTo(1);

        ApiClient.Response imported = api.send(multipart(path, Map.of("one.txt", "First file text.".getBytes(),
                "two.html", "<html><body><script>alert(1)</script><p>Second file text.</p></body></html>".getBytes())));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json()).hasSize(2);
        long html = imported.json().findValues("id").stream().mapToLong(JsonNode::asLong).max().orElseThrow();
        String stored = api.get(leadToken, "/api/v1/articles/" + html).json().get("text").asString();
        assertThat(stored).contains("text").doesNotContain("script", "alert");
    }

    /** Page scrapes sent as files (and one as JSON without a title) are titled by their headlines, with the details they name. */
    @Test
    void anUploadedPageScrapeIsTitledByItsHeadlineNotItsFirstLine() throws java.io.IOException {
        String path = "/api/v1/projects/" + team.projectId() + "/articles";
        ApiClient.Response whole = api.send(multipart(path, Map.of("scoop-page.txt", scrape("001_bce48ba1cf8c7179.txt"))));
        assertThat(whole.status()).as(whole.toString()).isEqualTo(201);
        JsonNode scoop = api.get(observerToken, "/api/v1/articles/" + whole.json().get(0).get("id").asLong()).json();
        assertThat(scoop.get("title").asString()).isEqualTo("UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed");
        assertThat(scoop.get("outlet").asString()).isEqualTo("Scoop Media");
        assertThat(scoop.get("byline").asString()).isEqualTo("Press Release: UN News");
        assertThat(scoop.get("publishedOn").asString()).isEqualTo("2022-01-07");
        assertThat(scoop.get("text").asString()).as("without detectBody, the whole text").startsWith("date 2022-01-07 World Video");

        ApiClient.Response body = api.send(multipart(path + "?detectBody=true",
                Map.of("owp-page.txt", scrape("004_632696d97f397886.txt"))));
        assertThat(body.status()).as(body.toString()).isEqualTo(201);
        assertThat(body.json().get(0).get("title").asString()).isEqualTo("Unrest In Kazakhstan Brings Human Rights Concerns");
        assertThat(body.json().get(0).get("outlet").asString()).isEqualTo("The Organization for World Peace");

        ApiClient.Response untitled = api.post(leadToken, path + "?detectBody=true",
                ApiClient.json(Map.of("text", new String(scrape("003_089dc9533477869b.txt"), java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(untitled.status()).as(untitled.toString()).isEqualTo(201);
        assertThat(untitled.json().get(0).get("title").asString())
                .as("no headline of its own: its opening words, not the other story's headline above it")
                .startsWith("The United Nations on Friday called on all involved").doesNotContain("French MP");
    }

    private static byte[] scrape(String file) throws java.io.IOException {
        try (var in = ApiIT.class.getResourceAsStream("/body-detection/" + file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void contradictionsAndCommentsGoThroughTheSameServices() {
        long unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        String arab = api.get(reviewerToken, "/api/v1/articles/" + arabNews).json().get("text").asString();
        String un = api.get(reviewerToken, "/api/v1/articles/" + unNews).json().get("text").asString();
        int a = arab.indexOf("More than 1,000 people");
        ApiClient.Response figure = api.post(reviewerToken, "/api/v1/articles/" + arabNews + "/annotations",
                ApiClient.json(Map.of("kind", "FIGURE", "start", a, "end", a + 22, "value", 1000, "qualifier", "MORE_THAN",
                        "counted", "people injured")));
        assertThat(figure.status()).as(figure.toString()).isEqualTo(201);
        JsonNode read = api.get(observerToken, "/api/v1/annotations/" + figure.json().get("id").asLong()).json();
        assertThat(read.get("value").toString()).as("the value as written, not as the column keeps it (1000.0000)")
                .isEqualTo("1000");
        int u = un.indexOf("almost 1,000 people");
        ApiClient.Response linked = api.post(reviewerToken, "/api/v1/projects/" + team.projectId() + "/contradictions",
                ApiClient.json(Map.of("category", "FIGURE_MISMATCH", "note", "more than vs almost",
                        "spans", List.of(Map.of("annotationId", figure.json().get("id").asLong()),
                                Map.of("articleId", unNews, "start", u, "end", u + 19)))));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        long id = linked.json().get("id").asLong();
        assertThat(linked.json().get("spans")).hasSize(2);

        JsonNode open = api.get(observerToken, "/api/v1/projects/" + team.projectId() + "/contradictions?status=OPEN").json();
        assertThat(open.get("total").asLong()).isEqualTo(1);
        assertThat(api.get(observerToken, "/api/v1/projects/" + team.projectId() + "/contradictions?status=CONFIRMED")
                .json().get("total").asLong()).isZero();
        ApiClient.Response confirmed = api.patch(leadToken, "/api/v1/contradictions/" + id,
                "{\"status\":\"CONFIRMED\",\"reason\":\"checked the sources\"}", linked.header("ETag"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");

        String annotation = "/api/v1/annotations/" + figure.json().get("id").asLong() + "/comments";
        ApiClient.Response comment = api.post(leadToken, annotation, "{\"body\":\"Which count is official?\"}");
        assertThat(comment.status()).isEqualTo(201);
        assertThat(api.post(observerToken, annotation, "{\"body\":\"me too\"}").status()).isEqualTo(403);
        ApiClient.Response edited = api.patch(leadToken, "/api/v1/comments/" + comment.json().get("id").asLong(),
                "{\"body\":\"Which count is the ministry's?\"}", comment.header("ETag"));
        assertThat(edited.status()).isEqualTo(200);
        JsonNode thread = api.get(observerToken, annotation).json();
        assertThat(thread.get("total").asLong()).isEqualTo(1);
        assertThat(thread.get("items").get(0).get("body").asString()).isEqualTo("Which count is the ministry's?");
    }

    @Test
    void theApiDescribesItself() {
        ApiClient.Response description = api.get(null, "/api/v1/openapi.json");
        assertThat(description.status()).isEqualTo(200);
        JsonNode paths = description.json().get("paths");
        assertThat(paths.has("/api/v1/articles/{articleId}/annotations")).isTrue();
        assertThat(paths.has("/api/v1/tokens")).isTrue();
        assertThat(description.json().get("servers").get(0).get("url").asString())
                .as("without crosscheck.public-url, the address the request came to").isEqualTo("http://localhost:" + port);
        ApiClient.Response docs = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs")).GET());
        assertThat(docs.status()).isEqualTo(302);
        ApiClient.Response page = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/").resolve(docs.header("Location"))).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger");
    }

    private HttpRequest.Builder multipart(String path, Map<String, byte[]> files) {
        String boundary = "----crosscheck" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes());
            out.writeBytes(bytes);
            out.writeBytes("\r\n".getBytes());
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes());
        return api.request(leadToken, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    }
}
