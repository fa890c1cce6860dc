package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindField;
import org.crosscheck.annotation.KindService;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;

/** A project's own kind, from its definition to an annotation seen live, exported three ways and imported again. */
class ProjectKindsIT extends BrowserTest {

    private static final String WORDS = "12 police officers";

    @Autowired KindService kinds;
    @Autowired AnnotationService annotations;
    @Autowired ArticleService articles;

    String lead;
    String bob;
    long projectId;
    long articleId;

    @BeforeEach
    void project() {
        lead = data.user("lead");
        bob = data.user("bob");
        projectId = data.project(lead);
        data.member(projectId, lead, bob, ProjectRole.REVIEWER);
        articleId = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
    }

    @Test
    void aLeadDefinesClaimMarksWithItsKeyAReviewerSeesItLiveAndExportsAndABundleCarryIt() throws IOException {
        // Bob reads the article before the kind exists.
        SelenideDriver bobsBrowser = secondBrowser();
        login(bobsBrowser, bob);
        ReaderPage bobsReader = ReaderPage.open(bobsBrowser, articleId);
        bobsReader.legend().shouldHave(text("Quote (Q)")).shouldNotHave(text("Claim"));

        login(lead);
        KindsPage kindsPage = KindsPage.open(projectId)
                .newKind("Claim", "Rose", "l")
                .addField("Claimant", "Person", true, null)
                .addField("Verdict", "Choice from a list", false, "true, false, misleading");
        kindsPage.save();
        kindsPage.list().shouldHave(text("Claim"), text("Claimant (person, required)"),
                text("Verdict (choice from a list: true, false, misleading)"));
        Selenide.screenshot("kinds-page");

        // Bob's reader offers the new kind without a reload.
        bobsReader.legend().shouldHave(text("Claim (L)"));

        KindDescription claim = as(lead, () -> kinds.projectKinds(projectId)).getFirst();
        String claimant = claim.fields().get(0).key();
        String verdict = claim.fields().get(1).key();
        ReaderPage reader = ReaderPage.open(articleId);
        reader.legend().shouldHave(text("Claim (L)"));
        reader.dragSelect(WORDS).press("l");
        reader.dialog().shouldHave(text("New claim"));
        reader.field("field-" + claimant).setValue("Interior Ministry");
        reader.choose("field-" + verdict, "false");
        Selenide.screenshot("claim-dialog");
        reader.save();
        reader.markContaining(WORDS).shouldHave(cssClass("k-" + claim.id()), cssClass("pal-rose"));
        reader.list().shouldHave(text("Claim"), text("Claimant: Interior Ministry · Verdict: false"));

        // Live in Bob's browser: the mark in the kind's colour, and the list.
        bobsReader.markContaining(WORDS).shouldHave(cssClass("pal-rose"));
        bobsReader.list().shouldHave(text("Claimant: Interior Ministry"));

        // CSV: a column per field of the kind.
        ExchangePage exchange = ExchangePage.open(projectId);
        Map<String, String> csv = ExchangePage.unzip(exchange.format("CSV").download());
        String table = csv.get("annotations.csv");
        assertThat(table.lines().findFirst().orElseThrow()).endsWith(",kind_name,Claim: Claimant,Claim: Verdict");
        assertThat(table).contains("," + claim.id() + "," + WORDS + ",").contains(",Claim,Interior Ministry,false");

        // W3C: the kind as a tag, its fields as a description, and by label in our own body.
        File w3c = exchange.format("W3C").download();
        JsonNode items = JsonMapper.builder().build().readTree(Files.readString(w3c.toPath())).get("first").get("items");
        JsonNode marked = StreamSupport.stream(items.spliterator(), false)
                .filter(i -> i.get("body") != null && i.get("body").get(0).path("kindName").asString("").equals("Claim"))
                .findFirst().orElseThrow();
        JsonNode ours = marked.get("body").get(0);
        assertThat(ours.get("type").asString()).isEqualTo("Labelled");
        assertThat(ours.get("fields").get("Claimant").asString()).isEqualTo("Interior Ministry");
        List<String> textual = StreamSupport.stream(marked.get("body").spliterator(), false).skip(1)
                .map(b -> b.get("purpose").asString() + "=" + b.get("value").asString()).toList();
        assertThat(textual).contains("tagging=Claim", "describing=Claimant: Interior Ministry; Verdict: false");

        // The bundle carries the kind; importing it makes the same kind and the same values.
        File bundle = exchange.format("Crosscheck bundle").download();
        assertThat(ExchangePage.unzip(bundle).get("kinds.json")).contains("Claim", "Verdict", "misleading");
        ExchangePage.importAsNewProject(bundle).shouldHave(text("Imported 1 article, 1 annotation"));
        long copy = ExchangePage.openImportedProject();
        assertThat(copy).isNotEqualTo(projectId);
        KindDescription copied = as(lead, () -> kinds.projectKinds(copy)).getFirst();
        assertThat(copied.name()).isEqualTo("Claim");
        assertThat(copied.shortcut()).isEqualTo("l");
        assertThat(copied.fields()).extracting(KindField::label, KindField::type, KindField::choices)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Claimant", claim.fields().get(0).type(), List.of()),
                        org.assertj.core.groups.Tuple.tuple("Verdict", claim.fields().get(1).type(),
                                List.of("true", "false", "misleading")));
        List<ArticleSummary> copiedArticles = as(lead, () -> articles.list(copy));
        List<AnnotationDetails> copiedMarks = as(lead, () -> annotations.forArticle(copiedArticles.getFirst().id()));
        assertThat(copiedMarks).singleElement().satisfies(a -> {
            assertThat(a.kindName()).isEqualTo("Claim");
            assertThat(a.summary()).isEqualTo("Claimant: Interior Ministry · Verdict: false");
        });
    }

    @Test
    void aKeyTheReaderAlreadyUsesIsRefusedOnItsFieldAndNothingTypedIsLost() {
        login(lead);
        KindsPage page = KindsPage.open(projectId).newKind("Source", "Teal", "q").addField("Name", "Text", true, null);
        page.saveRefused().shouldHave(text("The reader already uses Q"));
        Selenide.screenshot("kind-refused");
        assertThat(as(lead, () -> kinds.projectKinds(projectId))).isEmpty();
    }
}
