package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
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
        ProjectPage.open(team.projectId());
        $("#project-search input").setValue("POLICE officers").pressEnter();

        webdriver().shouldHave(urlContaining("/search?q=POLICE%20officers"));
        $("#search-summary").shouldHave(text("POLICE officers"), text("places in 2 articles."));
        $$(".search-article").shouldHave(com.codeborne.selenide.CollectionCondition.size(2));
        $(".search-article").shouldHave(text("Arab News"), text("2 places"));
        $$(".search-hit").shouldHave(sizeGreaterThan(0)).first().shouldHave(text("police officers"));

        // Reloading keeps the search.
        Selenide.refresh();
        $("#project-search input").shouldHave(com.codeborne.selenide.Condition.value("POLICE officers"));
        $$(".search-snippet").first().click();

        ReaderPage reader = new ReaderPage().ready();
        webdriver().shouldHave(urlContaining("/articles/" + arabNews + "?at="));
        reader.toolbarButton("quote").shouldBe(visible);
        assertThat(reader.selectedText()).isEqualTo("police officers");
        reader.press("n");
        $("#selected-text").shouldHave(text("police officers"));
    }

    @Test
    void anAnnotationFoundByItsNoteOpensInTheReader() {
        SpanRef police = data.span(team.lead(), arabNews, "12 police officers");
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, police.start(), police.end(),
                AnnotationFields.note("Ask the regional akimat")));
        login(team.observer());
        Selenide.open("/projects/" + team.projectId() + "/search?q=akimat");
        $("#search-summary").shouldHave(text("akimat")).shouldHave(text("”: 1 annotation."));
        $(".search-annotation").shouldHave(text("Note"), text("Ask the regional akimat"), text("12 police officers"),
                text("in Arab News")).click();
        new ReaderPage().ready();
        $("#details-summary").shouldHave(text("Ask the regional akimat"));

        Selenide.open("/projects/" + team.projectId() + "/search?q=x");
        $("#search-summary").shouldHave(text("Type at least 2 characters"));
        $("#project-search input").setValue("no such words anywhere").sendKeys(Keys.ENTER);
        $("#search-summary").shouldHave(text("Nothing in this project matches"), text("no such words anywhere"));
    }

    @Test
    void anOutsiderGetsTheSamePageAsForAProjectThatDoesNotExist() {
        String outsider = data.user("outsider");
        login(outsider);
        Selenide.open("/projects/" + team.projectId() + "/search?q=police");
        $("#not-found").shouldBe(visible).shouldHave(text("does not exist, or you do not have access to it"));
        $("body").shouldNotHave(text("Arab News"));
    }
}
