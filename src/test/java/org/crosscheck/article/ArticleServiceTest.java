package org.crosscheck.article;

import org.crosscheck.article.ArticleDetails;
import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleService.ImportRequest;
import org.crosscheck.base.ConcurrentEditException;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

@DatabaseTest
class ArticleServiceTest {

    @Autowired TestData data;
    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired ArticleFileReader fileReader;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    String lead;
    String reviewer;
    long projectId;

    @BeforeEach
    void setUp() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
    }

    @Test
    void importStoresNormalisedTextAndKeepsTheOriginal() {
        String raw = "Title\r\n\r\n  Cafe\u0301 in Almaty 🇰🇿  \r\n";
        long id = data.article(projectId, lead, "Title", raw);
        ArticleContent article = as(reviewer, () -> articles.get(id));
        assertThat(article.text()).isEqualTo("Title\nCafé in Almaty 🇰🇿");
        assertThat(article.outlet()).isEqualTo("Title Outlet");
        assertThat(as(reviewer, () -> articles.list(projectId))).extracting(ArticleSummary::title).containsExactly("Title");
    }

    /** The five raw page scrapes, uploaded as they are: stored under their headlines and the details they name. */
    @Test
    void uploadedPageScrapesAreStoredUnderTheirHeadlines() throws java.io.IOException {
        List<ImportRequest> requests = new java.util.ArrayList<>();
        for (String scrape : List.of("000_4112bfe2b130095b.txt", "001_bce48ba1cf8c7179.txt", "002_2e9f6ed4338fa6ee.txt",
                "003_089dc9533477869b.txt", "004_632696d97f397886.txt")) {
            try (var in = ArticleServiceTest.class.getResourceAsStream("/body-detection/" + scrape)) {
                ImportedFile read = fileReader.read(scrape, in);
                requests.add(new ImportRequest(read.draft(), read.text()));
            }
        }
        run(lead, () -> articles.importArticles(projectId, requests));
        List<ArticleSummary> stored = as(reviewer, () -> articles.list(projectId));
        assertThat(stored).extracting(ArticleSummary::title).containsExactlyInAnyOrder(
                "UN calls on all involved in Kazakhstan unrest to choose peace over violence",
                "UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed",
                "Amid ongoing unrest in Kazakhstan, United Nations (UN) on Thursday called for restraint and dialogue…",
                "The United Nations on Friday called on all involved in unrest in Kazakhstan to exercise restraint…",
                "Unrest In Kazakhstan Brings Human Rights Concerns");
        ArticleSummary scoop = stored.stream().filter(a -> a.title().startsWith("UN Urges")).findFirst().orElseThrow();
        assertThat(scoop.outlet()).isEqualTo("Scoop Media");
        assertThat(scoop.byline()).isEqualTo("Press Release: UN News");
        assertThat(scoop.publishedOn()).isEqualTo(java.time.LocalDate.of(2022, 1, 7));
        assertThat(stored).filteredOn(a -> a.title().startsWith("Unrest In")).singleElement()
                .extracting(ArticleSummary::outlet).isEqualTo("The Organization for World Peace");
    }

    @Test
    void aFrozenTextIsKeptInMemoryUnderItsHashAndAnUnfrozenOneIsAlwaysRead() {
        long id = data.article(projectId, lead, "Title", "First words of the article.");
        jdbc.update("update article set body_text = ? where id = ?", "Edited before anything points in.", id);
        assertThat(as(reviewer, () -> articles.get(id)).text()).as("not frozen: read each time")
                .isEqualTo("Edited before anything points in.");

        run(reviewer, () -> annotations.create(id, AnnotationKind.NOTE, 0, 6, AnnotationFields.note("freezes it")));
        assertThat(as(reviewer, () -> articles.get(id)).text()).isEqualTo("Edited before anything points in.");
        jdbc.update("update article set body_text = ? where id = ?", "Changed under the app.", id);
        assertThat(as(reviewer, () -> articles.get(id)).text()).as("frozen: from memory")
                .isEqualTo("Edited before anything points in.");
        jdbc.update("update article set body_text = ?, content_hash = 'restored' where id = ?", "Restored text.", id);
        assertThat(as(reviewer, () -> articles.get(id)).text()).as("another hash: read again").isEqualTo("Restored text.");

        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> articles.get(id))).as("memory never skips the access check")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void duplicateIsFoundByContentHash() {
        data.article(projectId, lead, "First", "Same words.\nSecond line.");
        assertThat(as(lead, () -> articles.findDuplicate(projectId, "Same words.\r\n\r\nSecond line.  ")))
                .get().extracting(ArticleSummary::title).isEqualTo("First");
        assertThat(as(lead, () -> articles.findDuplicate(projectId, "Other words."))).isEmpty();
    }

    @Test
    void aBatchWithOneBadArticleImportsNothing() {
        ArticleDraft good = new ArticleDraft("Good", null, null, null, "a.txt", ArticleFormat.TEXT, "text");
        ArticleDraft badUrl = new ArticleDraft("Bad", null, "javascript:alert(1)", null, "b.txt", ArticleFormat.TEXT, "t");
        assertThatThrownBy(() -> run(lead, () -> articles.importArticles(projectId,
                List.of(new ImportRequest(good, "Good text."), new ImportRequest(badUrl, "Bad text.")))))
                .isInstanceOf(DomainException.class).hasMessageContaining("URL");
        assertThat(as(lead, () -> articles.list(projectId))).isEmpty();
    }

    @Test
    void onlyLeadsImportAndOutsidersCannotRead() {
        ArticleDraft draft = new ArticleDraft("T", null, null, null, "a.txt", ArticleFormat.TEXT, "x");
        assertThatThrownBy(() -> run(reviewer, () -> articles.importArticles(projectId, List.of(new ImportRequest(draft, "x")))))
                .isInstanceOf(AccessDeniedException.class);
        long id = data.article(projectId, lead, "Private", "Private text.");
        String outsider = data.user("outsider");
        assertThatThrownBy(() -> run(outsider, () -> articles.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(outsider, () -> articles.list(projectId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(outsider, () -> articles.get(Long.MAX_VALUE))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void trimKeepsTheChosenParagraphsUntilTheFirstAnnotation() {
        long id = data.article(projectId, lead, "Scrape", "Home | World | Search\nBody one.\nBody two.\nRelated: other story");
        ArticleContent before = as(lead, () -> articles.get(id));
        ArticleContent trimmed = as(lead, () -> articles.trim(id, 1, 2, before.version()));
        assertThat(trimmed.text()).isEqualTo("Body one.\nBody two.");

        assertThatThrownBy(() -> run(reviewer, () -> articles.trim(id, 0, 0, trimmed.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(lead, () -> articles.trim(id, 0, 0, before.version())))
                .isInstanceOf(ConcurrentEditException.class);

        run(reviewer, () -> annotations.create(id, AnnotationKind.NOTE, 0, 4, AnnotationFields.note("n")));
        ArticleContent frozen = as(lead, () -> articles.get(id));
        assertThat(frozen.textFrozen()).isTrue();
        assertThatThrownBy(() -> run(lead, () -> articles.trim(id, 0, 0, frozen.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("annotations");
        assertThat(as(lead, () -> articles.get(id)).text()).isEqualTo("Body one.\nBody two.");
    }

    @Test
    void deletingAnArticleDeletesItsAnnotations() {
        long id = data.article(projectId, lead, "Doomed", "Some text here.");
        long annotationId = as(reviewer, () -> annotations.create(id, AnnotationKind.NOTE, 0, 4, AnnotationFields.note("n"))).id();
        run(lead, () -> articles.delete(id));
        assertThatThrownBy(() -> run(lead, () -> annotations.get(annotationId))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theArticleListIsDatedFirstByDefaultAndSortsAsAsked() {
        long undated = data.article(projectId, lead, "Zz undated", "Undated text.");
        ArticleContent a = as(lead, () -> articles.get(undated));
        run(lead, () -> articles.updateDetails(undated,
                new ArticleDetails("Zz undated", "Aardvark Outlet", null, null, null, null), a.version()));
        long dated = data.article(projectId, lead, "Yy dated", "Dated text.");
        assertThat(as(lead, () -> articles.page(projectId, PageRequest.of(0, 50))))
                .extracting(ArticleListEntry::id).containsSubsequence(dated, undated);
        assertThat(as(lead, () -> articles.page(projectId, PageRequest.of(0, 50, Sort.by("outlet")))))
                .extracting(ArticleListEntry::id).containsSubsequence(undated, dated);
        assertThat(as(lead, () -> articles.page(projectId, PageRequest.of(0, 50, Sort.by("outlet").descending()))))
                .extracting(ArticleListEntry::id).containsSubsequence(dated, undated);
    }
}
