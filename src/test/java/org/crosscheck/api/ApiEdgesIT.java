package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.exchange.ExchangeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's edges over real HTTP (issue 25): an address no endpoint serves, HEAD, the public
 * address that identifiers are made from whatever Host a client sends, and the report's policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "crosscheck.public-url=https://crosscheck.example.org/")
class ApiEdgesIT extends BrowserTest {

    static final String PUBLIC = "https://crosscheck.example.org";
    static final String FORGED = "forged-host.example";

    @Autowired ExchangeFixture fixture;

    ApiClient api;
    ExchangeFixture.Made made;
    String lead;
    String reader;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        made = fixture.make();
        lead = api.token(made.team().lead(), TestData.PASSWORD, "write");
        reader = api.token(made.team().observer(), TestData.PASSWORD, "read");
    }

    @Test
    void anAddressNoEndpointServesIsA404ProblemWithoutASession() {
        long p = made.projectId();
        for (String path : new String[]{"/api/v1/nothing-here", "/api/v1/projects/", "/api/v1/projects/" + p + "/",
                "/api/v1/projects/" + p + "/members/", "/api", "/api/", "/api/v2/projects"}) {
            ApiClient.Response answer = api.get(reader, path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asString()).as(path).endsWith("/not-found");
            assertThat(answer.json().get("detail").asString()).as(path).contains(path).contains("trailing slash");
            assertThat(answer.header("Set-Cookie")).as(path + ": no session").isNull();
        }
        ApiClient.Response post = api.post(lead, "/api/v1/projects/" + p + "/nothing", "{}");
        assertThat(post.status()).isEqualTo(404);
        assertThat(post.header("Content-Type")).startsWith("application/problem+json");
        assertThat(post.header("Set-Cookie")).isNull();
        // Without a token the answer is the usual 401: nobody learns which addresses exist.
        ApiClient.Response anonymous = api.get(null, "/api/v1/nothing-here");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("Set-Cookie")).isNull();
        // The real endpoints and the API docs are still served.
        assertThat(api.get(reader, "/api/v1/projects/" + p).status()).isEqualTo(200);
        ApiClient.Response docs = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/docs")).GET());
        ApiClient.Response page = api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")
                .resolve(docs.header("Location"))).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger");
    }

    @Test
    void headIsAGetWithoutTheBodyForAReadToken() {
        String path = "/api/v1/projects/" + made.projectId();
        ApiClient.Response get = api.get(reader, path);
        ApiClient.Response head = api.send(api.request(reader, path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.status()).as(head.toString()).isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.header("Content-Type")).startsWith("application/json");
        assertThat(head.body()).isEmpty();
        ApiClient.Response list = api.send(api.request(reader, "/api/v1/articles/" + made.arabNews() + "/annotations")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(list.status()).isEqualTo(200);
        ApiClient.Response unknown = api.send(api.request(reader, "/api/v1/nothing")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(unknown.status()).isEqualTo(404);
        // A read token still may not change anything.
        assertThat(api.post(reader, "/api/v1/projects", "{\"name\":\"no\"}").status()).isEqualTo(403);
    }

    @Test
    void theOpenApiServerIsTheConfiguredAddressWhateverHostIsSent() {
        String description = raw("/api/v1/openapi.json", null);
        assertThat(description).matches("(?s)HTTP/1\\.[01] 200.*").doesNotContain(FORGED);
        JsonNode servers = ApiClient.JSON.readTree(description.substring(description.indexOf("\r\n\r\n") + 4)).get("servers");
        assertThat(servers.get(0).get("url").asString()).isEqualTo(PUBLIC);
    }

    @Test
    void theW3cExportIsMadeOfTheConfiguredAddressWhateverHostIsSent() {
        String export = raw("/api/v1/projects/" + made.projectId() + "/export?format=w3c", lead);
        assertThat(export).matches("(?s)HTTP/1\\.[01] 200.*").doesNotContain(FORGED);
        JsonNode collection = ApiClient.JSON.readTree(export.substring(export.indexOf("\r\n\r\n") + 4));
        assertThat(collection.get("id").asString()).startsWith(PUBLIC + "/api/v1/projects/");
        assertThat(collection.get("@context").get(1).asString()).isEqualTo(PUBLIC + "/ns/crosscheck.jsonld");
        JsonNode first = collection.get("first").get("items").get(0);
        assertThat(first.get("target").get("source").asString()).startsWith(PUBLIC + "/api/v1/articles/");
    }

    @Test
    void theReportCarriesAPolicyThatLetsNothingLoadOrRun() {
        long hostile = data.article(made.projectId(), made.team().lead(), "Hostile",
                "A text that says <script>alert(1)</script> and <img src=x onerror=alert(2)> out loud.");
        assertThat(hostile).isPositive();
        ApiClient.Download report = api.download(lead, "/api/v1/projects/" + made.projectId() + "/export?format=report");
        assertThat(report.status()).isEqualTo(200);
        String html = new String(report.body(), StandardCharsets.UTF_8);
        String head = html.substring(0, html.indexOf("</head>"));
        assertThat(head).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">");
        assertThat(head.indexOf("Content-Security-Policy")).as("before anything it governs").isLessThan(head.indexOf("<style"));
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<link")
                .doesNotContain("<iframe").contains("&lt;script&gt;");
    }

    /**
     * One request over a plain socket, with a forged Host (Java's HTTP client will not send one).
     * HTTP/1.0, so that the answer is not chunked.
     */
    private String raw(String path, String token) {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: " + FORGED + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "X-Forwarded-Host: " + FORGED + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
