package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.run;

/** Search within a project (issue 9, item 9): find words, open the reader at the place found. */
class SearchIT extends BrowserTest {

    @Autowired AnnotationService annotations;

    Team team;
    long arabNews;

    @BeforeEach
    void project() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
    }

    @Test
    void aSearchFromTheProjectPageOpensTheReaderWithTheWordsSelectedReadyToAnnotate() {
        login(team.reviewer());
        SearchPage search = ProjectPage.open(team.projectId()).search("POLICE officers");

        webdriver().shouldHave(urlContaining("/search?q=POLICE%20officers"));
        search.summary().shouldHave(text("POLICE officers"), text("places in 2 articles."));
        search.articles().shouldHave(com.codeborne.selenide.CollectionCondition.size(2));
        search.firstArticle().shouldHave(text("Arab News"), text("2 places"));
        search.hits().shouldHave(sizeGreaterThan(0)).first().shouldHave(text("police officers"));

        // Reloading keeps the search.
        Selenide.refresh();
        search.searchField().shouldHave(com.codeborne.selenide.Condition.value("POLICE officers"));

        ReaderPage reader = search.openFirstPlace();
        webdriver().shouldHave(urlContaining("/articles/" + arabNews + "?at="));
        reader.toolbarButton("quote").shouldBe(visible);
        assertThat(reader.selectedText()).isEqualTo("police officers");
        reader.press("n");
        new ReaderPanel().selectedWords().shouldHave(text("police officers"));
    }

    @Test
    void anAnnotationFoundByItsNoteOpensInTheReader() {
        SpanRef police = data.span(team.lead(), arabNews, "12 police officers");
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, police.start(), police.end(),
                AnnotationFields.note("Ask the regional akimat")));
        login(team.observer());
        SearchPage found = SearchPage.open(team.projectId(), "akimat");
        found.summary().shouldHave(text("akimat")).shouldHave(text("”: 1 annotation."));
        found.firstAnnotation().shouldHave(text("Note"), text("Ask the regional akimat"), text("12 police officers"),
                text("in Arab News")).click();
        new ReaderPage().ready();
        new ReaderPanel().summary().shouldHave(text("Ask the regional akimat"));

        SearchPage tooShort = SearchPage.open(team.projectId(), "x");
        tooShort.summary().shouldHave(text("Type at least 2 characters"));
        tooShort.search("no such words anywhere");
        tooShort.summary().shouldHave(text("Nothing in this project matches"), text("no such words anywhere"));
    }

    @Test
    void anOutsiderGetsTheSamePageAsForAProjectThatDoesNotExist() {
        String outsider = data.user("outsider");
        login(outsider);
        ErrorPage refused = ErrorPage.open("/projects/" + team.projectId() + "/search?q=police");
        refused.notFound().shouldBe(visible).shouldHave(text("does not exist, or you do not have access to it"));
        refused.wholePage().shouldNotHave(text("Arab News"));
    }
}
