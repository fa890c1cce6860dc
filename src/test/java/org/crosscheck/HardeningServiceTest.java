package org.crosscheck;

import org.crosscheck.account.AccountService;
import org.crosscheck.account.GlobalRole;
import org.crosscheck.account.UserSummary;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.CommentService;
import org.crosscheck.annotation.CommentDetails;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.article.ArticleContent;
import org.crosscheck.article.ArticleDraft;
import org.crosscheck.article.ArticleFormat;
import org.crosscheck.article.ArticleService;
import org.crosscheck.article.ArticleService.ImportRequest;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.project.ProjectRole;
import org.crosscheck.project.ProjectService;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.ContradictionStatus;
import org.crosscheck.review.ContradictionDetails;
import org.crosscheck.review.SpanRef;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/**
 * What an attacker's and a newcomer's runs found (issue 7), on the services, so that both doors
 * (the browser and the API) are covered; runs on H2 and on PostgreSQL, which refuses NUL in text.
 */
@DatabaseTest
class HardeningServiceTest {

    @Autowired TestData data;
    @Autowired ProjectService projects;
    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;
    @Autowired CommentService comments;
    @Autowired ContradictionService contradictions;
    @Autowired AccountService accounts;

    String lead;
    String reviewer;
    String outsider;
    long projectId;
    long arabNews;
    long unNews;

    @BeforeEach
    void setUp() {
        lead = data.user("lead");
        reviewer = data.user("reviewer");
        outsider = data.user("outsider");
        projectId = data.project(lead);
        data.member(projectId, lead, reviewer, ProjectRole.REVIEWER);
        arabNews = data.fixtureArticle(projectId, lead, "000-arab-news.txt", "Arab News");
        unNews = data.fixtureArticle(projectId, lead, "001-un-news-scoop.txt", "UN News");
    }

    private SpanRef span(long articleId, String exact) {
        return data.span(lead, articleId, exact);
    }

    private AnnotationDetails figure(String exact, BigDecimal value) {
        SpanRef s = span(arabNews, exact);
        return as(reviewer, () -> annotations.create(arabNews, AnnotationKind.FIGURE, s.start(), s.end(),
                AnnotationFields.figure(value, FigureQualifier.NONE, "people injured")));
    }

    @Test
    void projectFieldsAreCheckedInTheServiceNamingTheFieldAndTheLimit() {
        int before = as(lead, () -> projects.myProjects(PageRequest.of(0, 500))).getNumberOfElements();
        assertThatThrownBy(() -> run(lead, () -> projects.create("Fine name", "d".repeat(2001))))
                .isInstanceOf(DomainException.class).hasMessageContaining("The description is longer than 2000");
        assertThatThrownBy(() -> run(lead, () -> projects.create("n".repeat(201), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("name is longer than 200");
        assertThat(as(lead, () -> projects.myProjects(PageRequest.of(0, 500)))).hasSize(before);
        assertThat(as(lead, () -> projects.create("Fine name", "d".repeat(2000))).description()).hasSize(2000);
    }

    @Test
    void figureValuesThatCannotBeStoredExactlyAreRefusedNeverRounded() {
        assertThatThrownBy(() -> figure("More than 1,000 people", new BigDecimal("1E16")))
                .isInstanceOf(DomainException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> figure("More than 1,000 people", new BigDecimal("-1E16")))
                .isInstanceOf(DomainException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> figure("More than 1,000 people", new BigDecimal("1000.00001")))
                .isInstanceOf(DomainException.class).hasMessageContaining("more than 4 decimal places");

        AnnotationDetails largest = figure("More than 1,000 people", new BigDecimal("9999999999999999.9999"));
        AnnotationDetails reread = as(reviewer, () -> annotations.get(largest.id()));
        assertThat(reread.fields().figureValue()).isEqualByComparingTo("9999999999999999.9999");
        AnnotationDetails trailingZeros = figure("12 police officers", new BigDecimal("12.50000"));
        assertThat(as(reviewer, () -> annotations.get(trailingZeros.id())).fields().figureValue())
                .isEqualByComparingTo("12.5");
    }

    @Test
    void controlCharactersNeverReachTheDatabase() {
        long project = as(lead, () -> projects.create("Kaz\u0000akh\u0007stan\nunrest", "Line one\r\nline\u0000 two")).id();
        assertThat(as(lead, () -> projects.get(project)).name()).isEqualTo("Kazakhstan unrest");
        assertThat(as(lead, () -> projects.get(project)).description()).isEqualTo("Line one\nline two");

        String pasted = "First\u0000 paragraph.\nSecond paragraph.";
        ArticleDraft draft = new ArticleDraft("Ti\u0000tle\u001b", "Out\u0000let", null, null, "pa\u0000sted",
                ArticleFormat.TEXT, pasted);
        long article = as(lead, () -> articles.importArticles(project, List.of(new ImportRequest(draft, pasted))))
                .getFirst().id();
        ArticleContent content = as(lead, () -> articles.get(article));
        assertThat(content.title()).isEqualTo("Title");
        assertThat(content.outlet()).isEqualTo("Outlet");
        assertThat(content.text()).doesNotContain("\u0000");

        AnnotationDetails quote = as(lead, () -> annotations.create(article, AnnotationKind.QUOTE, 0, 5,
                AnnotationFields.quote("Mi\u0000chelle\tBachelet").withNote("a\u0000b")));
        assertThat(quote.fields().speaker()).isEqualTo("Michelle Bachelet");
        assertThat(quote.fields().note()).isEqualTo("ab");
        CommentDetails comment = as(lead, () -> comments.add(quote.id(), "Check\u0000 this\r\nplease"));
        assertThat(comment.body()).isEqualTo("Check this\nplease");
        ContradictionDetails contradiction = as(lead, () -> contradictions.create(project, ContradictionCategory.OTHER,
                "no\u0000te", List.of(SpanRef.of(article, 0, 5), SpanRef.of(article, 7, 16))));
        assertThat(contradiction.note()).isEqualTo("note");

        String username = "ctrl-" + UUID.randomUUID().toString().substring(0, 8);
        UserSummary user = RunAs.admin("admin", () -> accounts.createUser(username, "Nul\u0000 Name", TestData.PASSWORD,
                GlobalRole.USER));
        assertThat(user.displayName()).isEqualTo("Nul Name");
    }

    @Test
    void sourceUrlsWithAUserNameOrPasswordAreRefused() {
        ArticleContent article = as(lead, () -> articles.get(arabNews));
        assertThatThrownBy(() -> run(lead, () -> articles.updateDetails(arabNews, "Arab News", null,
                "https://user:pw@evil.example/", null, article.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("user name or password");
        ArticleDraft draft = new ArticleDraft("With credentials", null, "http://admin@intranet.example/story", null,
                "pasted", ArticleFormat.TEXT, "Some text.");
        assertThatThrownBy(() -> run(lead, () -> articles.importArticles(projectId,
                List.of(new ImportRequest(draft, "Some text."))))).isInstanceOf(DomainException.class);
        assertThat(as(lead, () -> articles.updateDetails(arabNews, "Arab News", "Arab News",
                "https://www.arabnews.com/node/2000001/world", LocalDate.of(2022, 1, 7), article.version())).url())
                .isEqualTo("https://www.arabnews.com/node/2000001/world");
    }

    @Test
    void oneImportTakesEachTextOnceAndAtMostTheFileLimit() {
        long before = as(lead, () -> articles.count(projectId));
        ImportRequest one = request("One", "The same text.\nTwice.");
        ImportRequest again = request("Again", "The  same text.\r\nTwice.");
        assertThatThrownBy(() -> run(lead, () -> articles.importArticles(projectId, List.of(one, again))))
                .isInstanceOf(DomainException.class).hasMessageContaining("same text as 'One'");

        List<ImportRequest> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(request("Article " + i, "Text number " + i + "."));
        }
        assertThatThrownBy(() -> run(lead, () -> articles.importArticles(projectId, tooMany)))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 50");
        assertThat(as(lead, () -> articles.count(projectId))).isEqualTo(before);
    }

    private static ImportRequest request(String title, String text) {
        return new ImportRequest(new ArticleDraft(title, null, null, null, "pasted", ArticleFormat.TEXT, text), text);
    }

    @Test
    void anIdInAnotherProjectIsAnsweredExactlyAsAMissingOne() {
        AnnotationDetails quote = figure("More than 1,000 people", new BigDecimal(1000));
        CommentDetails comment = as(reviewer, () -> comments.add(quote.id(), "A comment"));
        ContradictionDetails contradiction = as(reviewer, () -> contradictions.create(projectId,
                ContradictionCategory.FIGURE_MISMATCH, null,
                List.of(span(arabNews, "More than 1,000 people"), span(unNews, "almost 1,000 people"))));
        long spanId = contradiction.spans().getFirst().spanId();
        long missing = 987_654_321L;

        assertSameAnswer(() -> articles.get(arabNews), () -> articles.get(missing), arabNews, missing);
        assertSameAnswer(() -> annotations.get(quote.id()), () -> annotations.get(missing), quote.id(), missing);
        assertSameAnswer(() -> annotations.forArticle(arabNews), () -> annotations.forArticle(missing), arabNews, missing);
        assertSameAnswer(() -> comments.thread(quote.id()), () -> comments.thread(missing), quote.id(), missing);
        assertSameAnswer(() -> comments.edit(comment.id(), "x", comment.version()),
                () -> comments.edit(missing, "x", 0), comment.id(), missing);
        assertSameAnswer(() -> contradictions.get(contradiction.id()), () -> contradictions.get(missing),
                contradiction.id(), missing);
        assertSameAnswer(() -> contradictions.bySpan(spanId), () -> contradictions.bySpan(missing), spanId, missing);
        assertSameAnswer(() -> {
            contradictions.deleteAnnotation(quote.id(), false);
            return null;
        }, () -> {
            contradictions.deleteAnnotation(missing, false);
            return null;
        }, quote.id(), missing);
        assertSameAnswer(() -> projects.get(projectId), () -> projects.get(missing), projectId, missing);
        // Nothing was changed by the outsider's attempts.
        assertThat(as(reviewer, () -> annotations.get(quote.id()))).isNotNull();
    }

    /** The outsider gets, for a real id, the very exception and message a missing id gives (but the number). */
    private void assertSameAnswer(Supplier<?> foreign, Supplier<?> absent, long foreignId, long missingId) {
        Throwable forForeign = catchThrowable(() -> as(outsider, foreign));
        Throwable forMissing = catchThrowable(() -> as(outsider, absent));
        assertThat(forForeign).isInstanceOf(NotFoundException.class);
        assertThat(forMissing).isInstanceOf(NotFoundException.class);
        assertThat(forForeign.getMessage().replace(String.valueOf(foreignId), "#"))
                .isEqualTo(forMissing.getMessage().replace(String.valueOf(missingId), "#"));
    }

    @Test
    void aContradictionSpanFreezesTheArticleSoATrimCannotMoveItOntoOtherWords() {
        String text = "Menu Home World\nMore than 1,000 people were injured.\nRelated stories";
        long pasted = data.article(projectId, lead, "Pasted page", text);
        as(reviewer, () -> contradictions.create(projectId, ContradictionCategory.FIGURE_MISMATCH, null,
                List.of(span(pasted, "More than 1,000 people"), span(unNews, "almost 1,000 people"))));
        ArticleContent article = as(lead, () -> articles.get(pasted));
        assertThat(article.textFrozen()).isTrue();
        assertThatThrownBy(() -> run(lead, () -> articles.trim(pasted, 1, 1, article.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("can no longer change");
        assertThat(as(lead, () -> articles.get(pasted)).text()).isEqualTo(text);
    }

    @Test
    void deletingAFigureAsksAboutAContradictionSelectedOnItsWords() {
        ContradictionDetails bySelection = as(reviewer, () -> contradictions.create(projectId,
                ContradictionCategory.FIGURE_MISMATCH, "injured", List.of(span(arabNews, "More than 1,000 people"),
                        span(unNews, "almost 1,000 people"))));
        AnnotationDetails inside = figure("1,000", new BigDecimal(1000));
        AnnotationDetails elsewhere = figure("12 police officers", new BigDecimal(12));

        assertThat(as(reviewer, () -> contradictions.linkedTo(inside.id()))).extracting(ContradictionDetails::id)
                .containsExactly(bySelection.id());
        assertThat(as(reviewer, () -> contradictions.linkedTo(elsewhere.id()))).isEmpty();

        run(reviewer, () -> contradictions.deleteAnnotation(inside.id(), true));
        ContradictionDetails after = as(reviewer, () -> contradictions.get(bySelection.id()));
        assertThat(after.spans()).hasSize(1);
        assertThat(after.status()).isEqualTo(ContradictionStatus.DISMISSED);
    }

    @Test
    void theMemberPickerFindsByUsernameNeverListsEveryAccount() {
        String prefix = "zq" + UUID.randomUUID().toString().substring(0, 4);
        for (int i = 0; i < 12; i++) {
            String name = prefix + "-" + i;
            RunAs.admin("admin", () -> accounts.createUser(name, "Person " + name, TestData.PASSWORD, GlobalRole.USER));
        }
        assertThat(as(lead, () -> accounts.findForMembership(""))).isEmpty();
        assertThat(as(lead, () -> accounts.findForMembership("zq"))).isEmpty();
        assertThat(as(lead, () -> accounts.findForMembership(prefix + "-1"))).extracting(UserSummary::username)
                .containsExactly(prefix + "-1", prefix + "-10", prefix + "-11");
        assertThat(as(lead, () -> accounts.findForMembership(prefix))).hasSize(10)
                .allSatisfy(u -> assertThat(u.username()).startsWith(prefix));
        // Two characters find only an account named exactly that.
        String shortName = "q" + (char) ('a' + (int) (Math.random() * 26));
        if (as(lead, () -> accounts.findByUsername(shortName)).isEmpty()) {
            RunAs.admin("admin", () -> accounts.createUser(shortName, "Short", TestData.PASSWORD, GlobalRole.USER));
        }
        assertThat(as(lead, () -> accounts.findForMembership(shortName.toUpperCase()))).extracting(UserSummary::username)
                .containsExactly(shortName);
        // Wildcards are letters here, not patterns.
        assertThat(as(lead, () -> accounts.findForMembership("%%%"))).isEmpty();
        assertThat(as(lead, () -> accounts.findForMembership("___"))).isEmpty();
    }
}
