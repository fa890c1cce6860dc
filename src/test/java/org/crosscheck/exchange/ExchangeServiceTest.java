package org.crosscheck.exchange;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.exchange.ExchangeFixture.Made;
import org.crosscheck.exchange.ExportOptions.CsvTables;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionFilter;
import org.crosscheck.review.ContradictionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.crosscheck.annotation.AnnotationEvents.AnnotationCreated;
import org.crosscheck.exchange.ExchangeEvents.ProjectExported;
import org.crosscheck.exchange.ExchangeEvents.ProjectImported;
import org.crosscheck.project.ProjectEvents.ExportPolicyChanged;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Export and import through the services (issue 11), on H2 and PostgreSQL. */
@DatabaseTest
@RecordApplicationEvents
class ExchangeServiceTest {

    static final String BASE = "http://crosscheck.test";

    @Autowired TestData data;
    @Autowired ExchangeFixture fixture;
    @Autowired ExportService exports;
    @Autowired ImportService imports;
    @Autowired ProjectService projects;
    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired ContradictionService contradictions;
    @Autowired ApplicationEvents events;
    @Autowired org.crosscheck.annotation.CommentService comments;

    Made made;

    @BeforeEach
    void setUp() {
        made = fixture.make();
    }

    byte[] export(String user, long projectId, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(user, () -> exports.export(projectId, options, BASE, out, ExportProgress.NONE));
        return out.toByteArray();
    }

    byte[] export(long projectId, String format) {
        return export(made.team().lead(), projectId, ExportOptions.of(format, ExportFilter.everything()));
    }

    @Test
    void exportsImportsAndThePolicyEachPublishOneEventWithWhatTheyDid() throws IOException {
        events.clear();
        run(made.team().lead(), () -> projects.setMembersMayExport(made.projectId(), true));
        run(made.team().lead(), () -> projects.setMembersMayExport(made.projectId(), true));
        assertThat(events.stream(ExportPolicyChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.membersMayExportBefore()).isFalse();
            assertThat(e.membersMayExportAfter()).isTrue();
        });

        byte[] bundle = export(made.projectId(), "bundle");
        assertThat(events.stream(ProjectExported.class)).singleElement().satisfies(e -> {
            assertThat(e.format()).isEqualTo("bundle");
            assertThat(e.filter()).isEqualTo("everything");
            assertThat(e.articles()).isEqualTo(3);
            assertThat(e.annotations()).isEqualTo(4);
            assertThat(e.contradictions()).isEqualTo(1);
        });

        events.clear();
        ImportSummary summary = importNew(made.team().lead(), bundle);
        assertThat(events.stream(ProjectImported.class)).singleElement().satisfies(e -> {
            assertThat(e.projectId()).isEqualTo(summary.projectId());
            assertThat(e.annotations()).isEqualTo(4);
            assertThat(e.comments()).isEqualTo(2);
        });
        assertThat(events.stream(AnnotationCreated.class)).as("the import is one change, told once").isEmpty();
    }

    @Test
    void aBundleImportedAndExportedAgainHoldsTheSameContent() throws IOException {
        String lead = made.team().lead();
        var unNews = as(lead, () -> articles.get(made.unNews()));
        run(lead, () -> articles.updateDetails(made.unNews(), new org.crosscheck.article.ArticleDetails(unNews.title(),
                unNews.outlet(), unNews.url(), java.time.LocalDate.of(2022, 1, 6), "Press Release: UN News",
                java.time.LocalTime.of(14, 5)), unNews.version()));
        byte[] first = export(made.projectId(), "bundle");
        ImportSummary summary = importNew(made.team().lead(), first);
        assertThat(summary.articles()).isEqualTo(3);
        assertThat(summary.annotations()).isEqualTo(4);
        assertThat(summary.comments()).isEqualTo(2);
        assertThat(summary.contradictions()).isEqualTo(1);
        assertThat(summary.projectId()).isNotEqualTo(made.projectId());

        byte[] second = export(summary.projectId(), "bundle");
        // The copy holds the same, under its own name: the original's with "(imported)" after it.
        byte[] renamed = BundleContent.rewrite(first, (name, json) -> {
            if (name.equals("project.json")) {
                ((ObjectNode) json).put("name", json.get("name").asString() + " (imported)");
            }
        });
        assertThat(BundleContent.normalized(second)).isEqualTo(BundleContent.normalized(renamed));
        assertThat(as(lead, () -> articles.page(summary.projectId(), PageRequest.of(0, 10))))
                .extracting(org.crosscheck.article.ArticleListEntry::byline).containsOnlyOnce("Press Release: UN News");
        assertThat(as(lead, () -> articles.page(summary.projectId(), PageRequest.of(0, 10))))
                .as("the publication moment travels with the bundle")
                .extracting(org.crosscheck.article.ArticleListEntry::publishedAt)
                .containsOnlyOnce(java.time.Instant.parse("2022-01-06T14:05:00Z"));

        // The copy works like the original: the contradiction still links the figure and its partner.
        var copied = as(made.team().lead(), () -> contradictions.page(summary.projectId(), ContradictionFilter.all(),
                PageRequest.of(0, 10)));
        assertThat(copied).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ContradictionStatus.CONFIRMED);
            assertThat(c.spans()).extracting(s -> s.span().exact()).containsExactly("More than 1,000 people", "dozens");
            assertThat(c.spans().getFirst().annotationId()).isNotNull();
        });
        // The members who have accounts here are members of the copy, with their roles.
        assertThat(as(made.team().lead(), () -> projects.members(summary.projectId())))
                .extracting(m -> m.user().username())
                .contains(made.team().lead(), made.team().reviewer(), made.team().observer());
    }

    @Test
    void anImportedProjectIsNamedAsACopyNumberedAmongTheProjectsTheImporterSees() throws IOException {
        String lead = made.team().lead();
        String original = as(lead, () -> projects.get(made.projectId())).name();
        byte[] bundle = export(made.projectId(), "bundle");
        long first = importNew(lead, bundle).projectId();
        long second = importNew(lead, bundle).projectId();
        assertThat(as(lead, () -> projects.get(first)).name()).isEqualTo(original + " (imported)");
        assertThat(as(lead, () -> projects.get(second)).name()).isEqualTo(original + " (imported 2)");
        // Someone who sees neither copy gets the plain name: projects they cannot see are not counted.
        String other = data.user("other");
        long theirs = importNew(other, bundle).projectId();
        assertThat(as(other, () -> projects.get(theirs)).name()).isEqualTo(original + " (imported)");
    }

    @Test
    void authorsWithoutAnAccountHereAreAttributedToTheImporterWithTheirNameKept() throws IOException {
        byte[] bundle = BundleContent.rewrite(export(made.projectId(), "bundle"), (name, json) -> {
            if (name.startsWith("articles/")) {
                json.get("annotations").forEach(a -> ((ObjectNode) a).put("author", "gone-reviewer"));
            }
        });
        String importer = data.user("importer");
        ImportSummary summary = importNew(importer, bundle);
        long copy = summary.projectId();
        List<AnnotationDetails> marked = as(importer, () -> annotations.forArticle(
                articles.list(copy).stream().filter(a -> a.title().equals("Arab News")).findFirst().orElseThrow().id()));
        assertThat(marked).allSatisfy(a -> assertThat(a.author().username()).isEqualTo(importer));
        // ...and an export names them again.
        assertThat(new String(export(importer, copy, ExportOptions.of("w3c", ExportFilter.everything())),
                StandardCharsets.UTF_8)).contains("\"nickname\":\"gone-reviewer\"");
    }

    @Test
    void w3cPositionsCountCodePointsSoTheFlagEmojiShiftsThem() {
        JsonNode collection = ExchangeJson.MAPPER.readTree(export(made.projectId(), "w3c"));
        JsonNode note = items(collection).stream()
                .filter(i -> i.get("id").asString().endsWith("/annotations/" + made.afterFlag().id())).findFirst()
                .orElseThrow();
        String text = as(made.team().lead(), () -> articles.get(made.republic()).text());
        int utf16 = made.afterFlag().span().start();
        int codePoint = text.codePointCount(0, utf16);
        assertThat(codePoint).as("the flag is two code points and four UTF-16 units").isLessThan(utf16);
        JsonNode position = note.get("target").get("selector").get(1);
        assertThat(position.get("type").asString()).isEqualTo("TextPositionSelector");
        assertThat(position.get("start").asInt()).isEqualTo(codePoint);
        assertThat(position.get("end").asInt()).isEqualTo(codePoint + "#Kazakhstan".length());
        assertThat(note.get("target").get("selector").get(0).get("exact").asString()).isEqualTo("#Kazakhstan");
        assertThat(note.get("target").get("source").asString()).isEqualTo(BASE + "/api/v1/articles/" + made.republic());

        JsonNode link = items(collection).stream().filter(i -> "linking".equals(i.get("motivation").asString()))
                .findFirst().orElseThrow();
        assertThat(link.get("target")).hasSize(2);
        assertThat(ours(link).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(items(collection).stream().filter(i -> "replying".equals(i.get("motivation").asString()))).hasSize(2);
        assertThat(collection.get("total").asInt()).isEqualTo(4 + 2 + 1);
    }

    /** The list's counts come from the features that mark articles, each asked through ArticleMarks. */
    @Test
    void theArticleListCountsWhatIsMarkedOnEachArticle() {
        List<org.crosscheck.article.ArticleListEntry> list = TestData.as(made.team().reviewer(),
                () -> articles.page(made.projectId(), PageRequest.of(0, 10)));
        assertThat(list).hasSize(3);
        assertThat(list.stream().mapToLong(org.crosscheck.article.ArticleListEntry::annotations).sum()).isEqualTo(4);
        assertThat(list).extracting(org.crosscheck.article.ArticleListEntry::contradictions)
                .as("the contradiction has a side in two of the three articles").containsExactlyInAnyOrder(1L, 1L, 0L);
    }

    @Test
    void theW3cExportExpandsWithAJsonLdProcessorAndTheContextsShippedInTheApp() throws Exception {
        byte[] w3c = export(made.projectId(), "w3c");
        DocumentLoader offline = (url, options) -> {
            String path = switch (url.toString()) {
                case W3cWriter.W3C_CONTEXT -> "META-INF/resources/ns/anno.jsonld";
                case BASE + W3cWriter.CONTEXT_PATH -> "META-INF/resources/ns/crosscheck.jsonld";
                default -> throw new IllegalStateException("fetched from the network: " + url);
            };
            try (InputStream in = new ClassPathResource(path).getInputStream()) {
                return JsonDocument.of(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        // Safe mode: a term the contexts do not define fails the expansion instead of being dropped.
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(w3c))).loader(offline)
                .undefinedTermsPolicy(com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy.Fail).get();
        String flat = expanded.toString();
        assertThat(flat).contains("http://www.w3.org/ns/oa#TextPositionSelector", "http://www.w3.org/ns/oa#linking",
                "urn:crosscheck:vocab#speaker", "Stephane Dujarric", "urn:crosscheck:vocab#figureValue",
                "http://purl.org/dc/terms/issued");
        // What other W3C clients read: TextualBody values with a purpose, beside our own vocabulary.
        assertThat(flat).contains("http://www.w3.org/ns/oa#TextualBody", "http://www.w3.org/ns/oa#tagging",
                "http://www.w3.org/ns/oa#describing", "http://www.w3.org/ns/oa#commenting",
                "\"Speaker: Stephane Dujarric\"", "\"Figure: more than 1000");

        // A term of our own the contexts did not define would be refused, not silently dropped.
        String undefined = new String(w3c, StandardCharsets.UTF_8).replaceFirst("\"speaker\"", "\"speakr\"");
        assertThatThrownBy(() -> JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(
                undefined.getBytes(StandardCharsets.UTF_8)))).loader(offline)
                .undefinedTermsPolicy(com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy.Fail).get())
                .hasMessageContaining("speakr");
    }

    @Test
    void csvHasARowPerAnnotationAndPerSpanWithFormulasNeutralised() throws IOException {
        byte[] zip = export(made.team().lead(), made.projectId(), new ExportOptions("csv",
                ExportFilter.everything(), CsvTables.BOTH, true));
        Map<String, byte[]> files = BundleContent.entries(zip);
        assertThat(files).containsOnlyKeys("annotations.csv", "contradictions.csv");
        String csv = new String(files.get("annotations.csv"), StandardCharsets.UTF_8);
        assertThat(csv).as("a byte order mark for Excel").startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(4);
        CSVRecord formula = rows.stream().filter(r -> r.get("annotation_id").equals(String.valueOf(made.formula().id())))
                .findFirst().orElseThrow();
        assertThat(formula.get("note")).startsWith("'=HYPERLINK(");
        CSVRecord figure = rows.stream().filter(r -> r.get("kind").equals("FIGURE")).findFirst().orElseThrow();
        assertThat(figure.get("value")).isEqualTo("1000");
        assertThat(figure.get("qualifier")).isEqualTo("MORE_THAN");
        assertThat(figure.get("contradiction_ids")).isEqualTo(String.valueOf(made.contradiction().id()));
        CSVRecord flag = rows.stream().filter(r -> r.get("exact").equals("#Kazakhstan")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(flag.get("start_codepoint"))).isEqualTo(Integer.parseInt(flag.get("start_utf16")) - 2);

        String spans = new String(files.get("contradictions.csv"), StandardCharsets.UTF_8).substring(1);
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(spans))
                .getRecords()).extracting(r -> r.get("exact")).containsExactly("More than 1,000 people", "dozens");

        // One table alone is a plain CSV file, without a BOM unless asked for.
        byte[] only = export(made.team().lead(), made.projectId(), new ExportOptions("csv",
                ExportFilter.everything(), CsvTables.ANNOTATIONS, false));
        assertThat(new String(only, StandardCharsets.UTF_8)).startsWith("annotation_id,article_id,");
    }

    @Test
    void filtersChooseArticlesKindsAuthorsAndStatuses() {
        ExportFilter figuresOfArabNews = new ExportFilter(Set.of(made.arabNews()), EnumSet.of(AnnotationKind.FIGURE),
                EnumSet.allOf(ContradictionStatus.class), null, null, null);
        JsonNode w3c = ExchangeJson.MAPPER.readTree(export(made.team().lead(), made.projectId(),
                ExportOptions.of("w3c", figuresOfArabNews)));
        assertThat(items(w3c)).extracting(i -> ours(i).get("kind") == null ? "" : ours(i).get("kind").asString())
                .as("the contradiction has a side in another article, so it is not exported").containsExactly("FIGURE");

        ExportFilter byLead = new ExportFilter(Set.of(), EnumSet.allOf(AnnotationKind.class),
                EnumSet.of(ContradictionStatus.OPEN), made.team().lead(), null, null);
        JsonNode none = ExchangeJson.MAPPER.readTree(export(made.team().lead(), made.projectId(),
                ExportOptions.of("w3c", byLead)));
        assertThat(items(none)).as("the lead made no annotation, and the contradiction is confirmed").isEmpty();
    }

    @Test
    void anArticleExportedAloneCarriesItsOwnAnnotationsAndThreadsWhereverItStandsInTheList() {
        // Threads on the neighbours too: a merge that slipped by one would hand them to the wrong annotation.
        run(made.team().reviewer(), () -> comments.add(made.formula().id(), "On the UN article"));
        run(made.team().reviewer(), () -> comments.add(made.afterFlag().id(), "On the Republic article"));
        Map<Long, String> threadOf = Map.of(made.arabNews(), "Check the UN transcript.", made.unNews(),
                "On the UN article", made.republic(), "On the Republic article");
        for (long article : List.of(made.arabNews(), made.unNews(), made.republic())) {
            ExportFilter only = new ExportFilter(Set.of(article), EnumSet.allOf(AnnotationKind.class),
                    EnumSet.allOf(ContradictionStatus.class), null, null, null);
            List<JsonNode> items = items(ExchangeJson.MAPPER.readTree(export(made.team().lead(), made.projectId(),
                    ExportOptions.of("w3c", only))));
            List<JsonNode> marks = items.stream().filter(i -> !Set.of("linking", "replying")
                    .contains(i.get("motivation").asString())).toList();
            List<String> expected = as(made.team().lead(), () -> annotations.forArticle(article)).stream()
                    .map(a -> BASE + "/api/v1/annotations/" + a.id()).toList();
            assertThat(marks).extracting(i -> i.get("id").asString()).containsExactlyElementsOf(expected);
            assertThat(marks).extracting(i -> i.get("target").get("source").asString())
                    .containsOnly(BASE + "/api/v1/articles/" + article);
            List<JsonNode> replies = items.stream().filter(i -> i.get("motivation").asString().equals("replying")).toList();
            assertThat(replies).extracting(i -> i.get("target").asString()).isSubsetOf(expected);
            assertThat(replies).extracting(i -> i.get("body").get("value").asString()).contains(threadOf.get(article))
                    .noneMatch(body -> threadOf.entrySet().stream()
                            .anyMatch(e -> e.getKey() != article && e.getValue().equals(body)));
        }
    }

    @Test
    void theReportShowsTheTextsTheContradictionsAndTheFiguresEscaped() {
        String html = new String(export(made.projectId(), "report"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Summary</h2>", "Figure mismatch",
                "<mark class=\"figure\">More than 1,000 people</mark>", "Figures per outlet", "people injured",
                "more than 1,000");
        assertThat(html).as("what users typed is escaped").doesNotContain("\"http://evil.example\"")
                .contains("=HYPERLINK(&quot;http://evil.example&quot;");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void anExportTellsItsProgressAndStopsWhenCancelled() {
        List<String> told = new java.util.ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(made.team().lead(), () -> exports.export(made.projectId(), ExportOptions.of("csv",
                ExportFilter.everything()), BASE, out, new ExportProgress() {
            @Override
            public void progress(int done, int total) {
                told.add(done + "/" + total);
            }
        }));
        assertThat(told).containsExactly("1/3", "2/3", "3/3");

        events.clear();
        assertThatThrownBy(() -> run(made.team().lead(), () -> exports.export(made.projectId(),
                ExportOptions.of("bundle", ExportFilter.everything()), BASE, new ByteArrayOutputStream(),
                new ExportProgress() {
                    @Override
                    public boolean cancelled() {
                        return true;
                    }
                }))).isInstanceOf(ExportCancelledException.class);
        assertThat(events.stream(ProjectExported.class)).as("a cancelled export is not recorded as made").isEmpty();
    }

    @Test
    void onlyThoseTheProjectLetsExportMayExport() {
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> export(outsider, made.projectId(), ExportOptions.of("csv", ExportFilter.everything())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> export(made.team().reviewer(), made.projectId(),
                ExportOptions.of("csv", ExportFilter.everything())))
                .isInstanceOf(AccessDeniedException.class);
        run(made.team().lead(), () -> projects.setMembersMayExport(made.projectId(), true));
        assertThat(export(made.team().observer(), made.projectId(), ExportOptions.of("csv",
                ExportFilter.everything()))).isNotEmpty();
    }

    @Test
    void aW3cFileIsPlacedByPositionThenByQuoteAndNeverOnOtherWords() throws IOException {
        // A copy of the project without annotations: the same texts, so our own targets match by their hash.
        byte[] bare = BundleContent.rewrite(export(made.projectId(), "bundle"), (name, json) -> {
            if (name.startsWith("articles/")) {
                ((ObjectNode) json).putArray("annotations");
            }
            if (name.equals("contradictions.json")) {
                ((tools.jackson.databind.node.ArrayNode) json).removeAll();
            }
        });
        long copy = importNew(made.team().lead(), bare).projectId();

        JsonNode w3c = ExchangeJson.MAPPER.readTree(export(made.projectId(), "w3c"));
        List<JsonNode> items = items(w3c);
        JsonNode quote = items.stream().filter(i -> "QUOTE".equals(kind(i))).findFirst().orElseThrow();
        ((ObjectNode) quote.get("target").get("selector").get(1)).put("start", 3).put("end", 20);   // moved
        JsonNode note = items.stream().filter(i -> "NOTE".equals(kind(i)) && exact(i).equals("#Kazakhstan")).findFirst()
                .orElseThrow();
        ((ObjectNode) note.get("target").get("selector").get(0)).put("exact", "words that are not there");

        ImportSummary summary;
        try (ImportFile file = ImportFile.copy(new ByteArrayInputStream(ExchangeJson.MAPPER.writeValueAsBytes(w3c)),
                1 << 20)) {
            summary = as(made.team().lead(), () -> imports.importInto(copy, file, BASE));
        }
        assertThat(summary.annotations()).isEqualTo(3);
        assertThat(summary.reanchored()).isEqualTo(1);
        assertThat(summary.orphans()).singleElement().satisfies(o -> {
            assertThat(o.exact()).isEqualTo("words that are not there");
            assertThat(o.reason()).contains("not in the article");
        });
        assertThat(summary.contradictions()).isEqualTo(1);
        assertThat(summary.comments()).isEqualTo(2);
        // Every placed annotation lies on its own words.
        for (var article : as(made.team().lead(), () -> articles.list(copy))) {
            String text = as(made.team().lead(), () -> articles.get(article.id()).text());
            for (AnnotationDetails a : as(made.team().lead(), () -> annotations.forArticle(article.id()))) {
                assertThat(text.substring(a.span().start(), a.span().end())).isEqualTo(a.span().exact());
            }
        }
        // Hypothesis-style input: a bare list of annotations targeting the article's original URL — none
        // here, so they are orphans, reported, and nothing is placed.
        String hypothesis = "[{\"type\":\"Annotation\",\"target\":[{\"source\":\"https://example.org/x\",\"selector\":"
                + "[{\"type\":\"TextQuoteSelector\",\"exact\":\"dozens\"}]}],\"text\":\"hi\"}]";
        try (ImportFile file = ImportFile.copy(new ByteArrayInputStream(hypothesis.getBytes(StandardCharsets.UTF_8)), 1 << 20)) {
            ImportSummary h = as(made.team().lead(), () -> imports.importInto(copy, file, BASE));
            assertThat(h.annotations()).isZero();
            assertThat(h.orphans()).singleElement().satisfies(o -> assertThat(o.reason()).contains("none of the project's articles"));
        }
    }

    /**
     * docs/api.md's sequence: a bundle imported as a new project, then the W3C export of the original
     * imported into the copy. Everything is already there: skipped and counted, nothing doubled; and
     * a second import of the same file into a bare copy changes nothing either.
     */
    @Test
    void importingAnnotationsThatAreAlreadyThereSkipsAndCountsThem() throws IOException {
        String lead = made.team().lead();
        long copy = importNew(lead, export(made.projectId(), "bundle")).projectId();
        byte[] w3c = export(made.projectId(), "w3c");
        String before = counts(copy);

        ImportSummary again = importW3c(copy, w3c);
        assertThat(again.annotations()).as("annotations added").isZero();
        assertThat(again.contradictions()).as("contradictions added").isZero();
        assertThat(again.comments()).as("comments added").isZero();
        assertThat(again.annotationsAlreadyThere()).isEqualTo(4);
        assertThat(again.contradictionsAlreadyThere()).isEqualTo(1);
        assertThat(again.commentsAlreadyThere()).isEqualTo(2);
        assertThat(again.orphans()).isEmpty();
        assertThat(counts(copy)).isEqualTo(before);

        // Into a copy without annotations: the first import places them, the second finds them there.
        byte[] bare = BundleContent.rewrite(export(made.projectId(), "bundle"), (name, json) -> {
            if (name.startsWith("articles/")) {
                ((ObjectNode) json).putArray("annotations");
            }
            if (name.equals("contradictions.json")) {
                ((tools.jackson.databind.node.ArrayNode) json).removeAll();
            }
        });
        long empty = importNew(lead, bare).projectId();
        ImportSummary first = importW3c(empty, w3c);
        assertThat(first.annotations()).isEqualTo(4);
        assertThat(first.annotationsAlreadyThere()).isZero();
        String afterFirst = counts(empty);
        ImportSummary second = importW3c(empty, w3c);
        assertThat(second.annotations()).isZero();
        assertThat(second.annotationsAlreadyThere()).isEqualTo(4);
        assertThat(second.contradictionsAlreadyThere()).isEqualTo(1);
        assertThat(second.commentsAlreadyThere()).isEqualTo(2);
        assertThat(counts(empty)).isEqualTo(afterFirst);
        assertThat(afterFirst).isEqualTo(before);
    }

    /** A changed field is not "already there": the annotation is added beside the one on the same words. */
    @Test
    void anAnnotationOnTheSameWordsWithOtherFieldsIsNotAlreadyThere() throws IOException {
        String lead = made.team().lead();
        long copy = importNew(lead, export(made.projectId(), "bundle")).projectId();
        JsonNode w3c = ExchangeJson.MAPPER.readTree(export(made.projectId(), "w3c"));
        JsonNode quote = items(w3c).stream().filter(i -> "QUOTE".equals(kind(i))).findFirst().orElseThrow();
        ((ObjectNode) ours(quote)).put("speaker", "Someone else entirely");
        ImportSummary summary = importW3c(copy, ExchangeJson.MAPPER.writeValueAsBytes(w3c));
        assertThat(summary.annotations()).isEqualTo(1);
        assertThat(summary.annotationsAlreadyThere()).isEqualTo(3);
    }

    private ImportSummary importW3c(long projectId, byte[] w3c) throws IOException {
        try (ImportFile file = ImportFile.copy(new ByteArrayInputStream(w3c), 1 << 20)) {
            return as(made.team().lead(), () -> imports.importInto(projectId, file, BASE));
        }
    }

    /** Annotations per article and contradictions of a project, as one line to compare. */
    private String counts(long projectId) {
        String lead = made.team().lead();
        StringBuilder out = new StringBuilder();
        for (var article : as(lead, () -> articles.list(projectId))) {
            out.append(article.title()).append(": ").append(as(lead, () -> annotations.forArticle(article.id())).size())
                    .append("; ");
        }
        out.append("contradictions: ").append(as(lead, () -> contradictions.count(projectId, ContradictionFilter.all())));
        return out.toString();
    }

    @Test
    void aBadBundleIsRefusedWithWhatIsWrongAndNothingIsImported() throws IOException {
        byte[] good = export(made.projectId(), "bundle");
        String lead = made.team().lead();
        long before = projectCount(lead);

        assertRefused(lead, java.util.Arrays.copyOf(good, good.length / 2), "truncated");
        assertRefused(lead, "just some text".getBytes(StandardCharsets.UTF_8), "not a Crosscheck bundle");
        assertRefused(lead, zip(Map.of("manifest.json", "{}".getBytes(), "../../etc/passwd", "x".getBytes())),
                "unsafe path");
        assertRefused(lead, zip(Map.of("manifest.json", "{}".getBytes(), "nested.zip", good)), "does not have");
        assertRefused(lead, BundleContent.rewrite(good, (name, json) -> {
            if (name.equals("manifest.json")) {
                ((ObjectNode) json).put("version", 99);
            }
        }), "newer Crosscheck (format version 99)");
        assertRefused(lead, BundleContent.rewrite(good, (name, json) -> {
            if (name.equals("contradictions.json")) {
                ((ObjectNode) json.get(0).get("spans").get(0)).put("articleId", 999_999_999L);
            }
        }), "refers to article 999999999, which is not in the bundle");
        assertRefused(lead, BundleContent.rewrite(good, (name, json) -> {
            if (name.equals("contradictions.json")) {
                ((ObjectNode) json.get(0).get("spans").get(0)).put("annotationId", 999_999_999L);
            }
        }), "refers to annotation 999999999");
        assertRefused(lead, BundleContent.rewrite(good, (name, json) -> {
            if (name.startsWith("articles/") && json.get("annotations").size() > 1) {
                ((ObjectNode) json.get("annotations").get(1)).put("id", json.get("annotations").get(0).get("id").asLong());
            }
        }), "Two annotations in the bundle have the id");
        assertRefused(lead, BundleContent.rewrite(good, (name, json) -> {
            if (name.startsWith("articles/") && !json.get("annotations").isEmpty()) {
                ((ObjectNode) json.get("annotations").get(0)).put("start", 10_000_000).put("end", 10_000_010);
            }
        }), "start and end must satisfy 0 ≤ start < end ≤");
        assertRefused(lead, BundleContent.rewrite(good, (name, json) -> {
            if (name.startsWith("articles/") && !json.get("annotations").isEmpty()) {
                ((ObjectNode) json.get("annotations").get(0)).put("exact", "other words");
            }
        }), "exact does not match");
        // A zip bomb: an entry that inflates beyond the entry limit (1 MB in tests), its declared size hidden.
        assertRefused(lead, bomb(), "zip bomb");

        assertThat(projectCount(lead)).as("nothing imported").isEqualTo(before);
    }

    private void assertRefused(String user, byte[] bundle, String message) throws IOException {
        try (ImportFile file = ImportFile.copy(new ByteArrayInputStream(bundle), 64 << 20)) {
            assertThatThrownBy(() -> as(user, () -> imports.importAsNewProject(file)))
                    .isInstanceOf(DomainException.class).hasMessageContaining(message);
        }
    }

    private long projectCount(String user) {
        return as(user, () -> projects.myProjects(PageRequest.of(0, 500)).getNumberOfElements());
    }

    private ImportSummary importNew(String user, byte[] bundle) throws IOException {
        try (ImportFile file = ImportFile.copy(new ByteArrayInputStream(bundle), 64 << 20)) {
            return as(user, () -> imports.importAsNewProject(file));
        }
    }

    /** The annotations of a collection (its embedded pages), a page, a list, or one, as a tree. */
    static List<JsonNode> items(JsonNode root) {
        List<JsonNode> out = new java.util.ArrayList<>();
        if (root == null) {
            return out;
        }
        if (root.isArray()) {
            root.forEach(n -> out.addAll(items(n)));
        } else if (root.isObject()) {
            String type = root.has("type") ? root.get("type").asString() : null;
            if ("AnnotationCollection".equals(type)) {
                for (JsonNode page = root.get("first"); page != null && page.isObject(); page = page.get("next")) {
                    out.addAll(items(page));
                }
            } else if ("AnnotationPage".equals(type)) {
                out.addAll(items(root.get("items")));
            } else if (root.has("target")) {
                out.add(root);
            }
        }
        return out;
    }

    private static String kind(JsonNode item) {
        JsonNode k = ours(item).get("kind");
        return k == null ? null : k.asString();
    }

    /** An annotation's own body: the first of its bodies (the W3C TextualBodies follow it), or its only one. */
    private static JsonNode ours(JsonNode item) {
        JsonNode body = item.get("body");
        return body.isArray() ? body.get(0) : body;
    }

    private static String exact(JsonNode item) {
        return item.get("target").get("selector").get(0).get("exact").asString();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A valid-looking bundle whose project.json inflates to 4 MB of spaces (a few KB packed). */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"format\":\"crosscheck-bundle\",\"version\":1}".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("contradictions.json"));
            zip.write("[]".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("project.json"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 4; i++) {
                zip.write(spaces);
            }
            zip.write("{}".getBytes());
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
