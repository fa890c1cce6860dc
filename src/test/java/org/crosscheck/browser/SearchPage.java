package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.Keys;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** A project's search page: the articles and annotations that have the words. */
class SearchPage {

    /** Opens the search for {@code query} (as typed in the address, not encoded), without waiting. */
    static SearchPage open(long projectId, String query) {
        Selenide.open("/projects/" + projectId + "/search?q=" + query);
        return new SearchPage();
    }

    /** The line that says what was searched for and how much was found. */
    SelenideElement summary() {
        return $("#search-summary");
    }

    /** The search field (in the page's header, as on the project page). */
    SelenideElement searchField() {
        return $("#project-search input");
    }

    /** Searches again, with the Enter key. */
    SearchPage search(String words) {
        searchField().setValue(words).sendKeys(Keys.ENTER);
        return this;
    }

    /** The articles found, each with the number of its places. */
    ElementsCollection articles() {
        return $$(".search-article");
    }

    SelenideElement firstArticle() {
        return $(".search-article");
    }

    /** The words found, each place in its context. */
    ElementsCollection hits() {
        return $$(".search-hit");
    }

    /** Opens the reader at the first place found, its words selected. */
    ReaderPage openFirstPlace() {
        $$(".search-snippet").first().click();
        return new ReaderPage().ready();
    }

    /** The first annotation found (a click opens it in the reader). */
    SelenideElement firstAnnotation() {
        return $(".search-annotation");
    }
}
