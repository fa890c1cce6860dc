package org.crosscheck.api;

import org.crosscheck.TestData;
import org.crosscheck.account.ProjectCreation;
import org.crosscheck.account.UserAdminService;
import org.crosscheck.security.RunAs;
import org.crosscheck.browser.BrowserTest;
import org.crosscheck.exchange.ExchangeFixture;
import org.crosscheck.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/** Export and import through the REST API, over real HTTP (issue 11): formats, roles, refusals. */
class ExchangeApiIT extends BrowserTest {

    @Autowired ExchangeFixture fixture;
    @Autowired ProjectService projects;
    @Autowired UserAdminService userAdmin;

    ApiClient api;
    ExchangeFixture.Made made;
    String lead;
    String reviewer;
    String observer;
    String outsider;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        made = fixture.make();
        lead = api.token(made.team().lead(), TestData.PASSWORD, "write");
        reviewer = api.token(made.team().reviewer(), TestData.PASSWORD, "write");
        observer = api.token(made.team().observer(), TestData.PASSWORD, "read");
        outsider = api.token(data.user("outsider"), TestData.PASSWORD, "write");
    }

    String export(String format) {
        return "/api/v1/projects/" + made.projectId() + "/export?format=" + format;
    }

    @Test
    void eachFormatStreamsAsAFileWithASensibleName() throws IOException {
        ApiClient.Download csv = api.download(lead, export("csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).isEqualTo("application/zip");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;").contains("-csv-").contains(".zip");
        assertThat(entries(csv.body())).containsExactly("annotations.csv", "contradictions.csv");

        ApiClient.Download w3c = api.download(lead, export("w3c") + "&kind=QUOTE&kind=FIGURE");
        assertThat(w3c.header("Content-Type")).startsWith("application/ld+json");
        JsonNode collection = ApiClient.JSON.readTree(w3c.body());
        assertThat(collection.get("type").asString()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("@context").get(1).asString()).isEqualTo("http://localhost:" + port + "/ns/crosscheck.jsonld");

        ApiClient.Download report = api.download(lead, export("report"));
        assertThat(report.header("Content-Type")).startsWith("text/html");
        assertThat(new String(report.body(), StandardCharsets.UTF_8)).contains("Figures per outlet");

        ApiClient.Download annotationsOnly = api.download(lead, export("csv") + "&tables=annotations&excel=true");
        assertThat(annotationsOnly.header("Content-Type")).startsWith("text/csv");
        assertThat(new String(annotationsOnly.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFannotation_id,");

        // The contexts a JSON-LD processor fetches are served without signing in.
        ApiClient.Response context = api.get(null, "/ns/crosscheck.jsonld");
        assertThat(context.status()).isEqualTo(200);
        assertThat(context.body()).contains("urn:crosscheck:vocab#");
        assertThat(api.get(null, "/ns/anno.jsonld").body()).contains("http://www.w3.org/ns/oa#");
    }

    @Test
    void theRegisteredFormatsAreListedForScripts() {
        ApiClient.Response formats = api.get(reviewer, "/api/v1/formats");
        assertThat(formats.status()).isEqualTo(200);
        JsonNode json = formats.json();
        assertThat(json.get("export").findValuesAsString("name")).containsExactly("w3c", "csv", "bundle", "report");
        assertThat(json.get("export").get(0).get("mediaType").asString()).isEqualTo("application/ld+json");
        assertThat(json.get("import").findValuesAsString("name")).containsExactly("bundle", "w3c");
        assertThat(json.get("import").get(0).get("newProject").asBoolean()).isTrue();
        assertThat(json.get("import").get(1).get("mediaTypes").get(0).asString()).isEqualTo("application/ld+json");
        assertThat(api.get(null, "/api/v1/formats").status()).isEqualTo(401);
    }

    @Test
    void exportIsForThoseTheProjectLets() {
        assertThat(api.get(null, export("csv")).status()).isEqualTo(401);
        ApiClient.Response foreign = api.get(outsider, export("csv"));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        JsonNode missing = api.get(outsider, "/api/v1/projects/999999999/export?format=csv").json();
        assertThat(missing.get("detail")).as("the same answer as for a project that does not exist")
                .isEqualTo(foreign.json().get("detail"));
        assertThat(missing.get("type")).isEqualTo(foreign.json().get("type"));
        assertThat(api.get(reviewer, export("csv")).status()).isEqualTo(403);
        JsonNode pdf = api.get(lead, export("pdf")).json();
        assertThat(pdf.get("field").asString()).isEqualTo("format");
        assertThat(pdf.get("detail").asString()).as("the registered formats").contains("w3c, csv, bundle, report");
        assertThat(api.get(lead, export("csv") + "&kind=GOSSIP").status()).isEqualTo(422);
        assertThat(api.get(lead, export("csv") + "&from=yesterday").json().get("field").asString()).isEqualTo("from");

        assertThat(api.get(reviewer, "/api/v1/projects/" + made.projectId()).json().get("mayExport").asBoolean()).isFalse();
        as(made.team().lead(), () -> projects.setMembersMayExport(made.projectId(), true));
        assertThat(api.get(reviewer, "/api/v1/projects/" + made.projectId()).json().get("mayExport").asBoolean()).isTrue();
        assertThat(api.download(observer, export("bundle")).status()).as("a read token exports").isEqualTo(200);
    }

    @Test
    void aBundleBecomesANewProjectAndW3cAnnotationsGoOntoAnExistingOne() {
        byte[] bundle = api.download(lead, export("bundle")).body();
        ApiClient.Response created = api.upload(reviewer, "/api/v1/projects/import", "application/zip", bundle);
        assertThat(created.status()).isEqualTo(201);
        long copy = created.json().get("projectId").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/projects/" + copy);
        assertThat(created.json().get("imported").get("annotations").asInt()).isEqualTo(4);
        assertThat(api.get(reviewer, "/api/v1/projects/" + copy).json().get("role").asString()).isEqualTo("LEAD");

        // The original's W3C annotations onto the copy (docs/api.md's sequence): the same texts, found by
        // their hash, and every annotation, contradiction and reply is already there: nothing doubles.
        byte[] w3c = api.download(lead, export("w3c")).body();
        ApiClient.Response placed = api.upload(reviewer, "/api/v1/projects/" + copy + "/import", "application/ld+json", w3c);
        assertThat(placed.status()).isEqualTo(200);
        assertThat(placed.json().get("imported").get("annotations").asInt()).isZero();
        assertThat(placed.json().get("imported").get("contradictions").asInt()).isZero();
        assertThat(placed.json().get("alreadyThere").get("annotations").asInt()).isEqualTo(4);
        assertThat(placed.json().get("alreadyThere").get("contradictions").asInt()).isEqualTo(1);
        assertThat(placed.json().get("alreadyThere").get("comments").asInt()).isEqualTo(2);
        assertThat(placed.json().get("orphans")).isEmpty();
        assertThat(api.get(reviewer, "/api/v1/projects/" + copy + "/contradictions").json().get("items")).hasSize(1);

        // A bundle into a project that has articles is refused: it fills only empty ones.
        ApiClient.Response full = api.upload(reviewer, "/api/v1/projects/" + copy + "/import", "application/zip", bundle);
        assertThat(full.status()).isEqualTo(422);
        assertThat(full.json().get("detail").asString()).contains("fills an empty project");
    }

    @Test
    void anImportWithoutTheProjectCreatorRightSaysWhichRightIsMissing() {
        byte[] bundle = api.download(lead, export("bundle")).body();
        RunAs.admin("admin", () -> {
            userAdmin.setProjectCreation(ProjectCreation.CREATORS);
            return null;
        });
        try {
            ApiClient.Response refused = api.upload(reviewer, "/api/v1/projects/import", "application/zip", bundle);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("detail").asString()).as("no project is involved: the right is named")
                    .isEqualTo("Creating or importing projects needs the project creator right; "
                            + "an administrator can give it to you.");
        } finally {
            RunAs.admin("admin", () -> {
                userAdmin.setProjectCreation(ProjectCreation.EVERYONE);
                return null;
            });
        }
    }

    @Test
    void badImportsAreRefusedAsProblems() {
        byte[] bundle = api.download(lead, export("bundle")).body();
        String into = "/api/v1/projects/" + made.projectId() + "/import";
        assertThat(api.upload(outsider, into, "application/ld+json", "{}".getBytes()).status()).isEqualTo(404);
        assertThat(api.upload(reviewer, into, "application/ld+json", "{}".getBytes()).status()).isEqualTo(403);
        assertThat(api.upload(observer, "/api/v1/projects/import", "application/zip", bundle).status())
                .as("a read token cannot import").isEqualTo(403);
        assertThat(api.upload(lead, "/api/v1/projects/import", "text/plain", bundle).status()).isEqualTo(415);

        ApiClient.Response truncated = api.upload(lead, "/api/v1/projects/import", "application/zip",
                java.util.Arrays.copyOf(bundle, bundle.length / 2));
        assertThat(truncated.status()).isEqualTo(422);
        assertThat(truncated.json().get("detail").asString()).contains("truncated");

        ApiClient.Response malformed = api.upload(lead, into, "application/ld+json", "{not json".getBytes());
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("detail").asString()).contains("valid JSON-LD");

        // A W3C file may be as large as one bundle entry (1 MB in tests), not a bundle.
        byte[] bigJson = ("[" + "{\"type\":\"Annotation\"},".repeat(80_000) + "{}]").getBytes(StandardCharsets.UTF_8);
        ApiClient.Response wholeTooLarge = api.upload(lead, into, "application/ld+json", bigJson);
        assertThat(wholeTooLarge.status()).isEqualTo(413);
        assertThat(wholeTooLarge.json().get("detail").asString()).contains("A W3C file may be at most 1 MB");

        byte[] huge = new byte[5 * 1024 * 1024];   // the tests' limit is 4 MB
        ApiClient.Response tooLarge = api.upload(lead, "/api/v1/projects/import", "application/zip", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asString()).endsWith("/too-large");
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
