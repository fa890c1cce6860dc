package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/**
 * An imported article as the reader shows it, read raw: what the import kept, dropped and
 * disarmed, and what it took as metadata. Open it first ({@link ProjectPage#openArticle}).
 */
class ImportedArticle {

    /** The article's text as rendered, markup and all left out. */
    String bodyText() {
        return (String) Selenide.executeJavaScript("return document.querySelector('cc-article-text .cc-body').textContent");
    }

    /** An image of the text (an import keeps none). */
    SelenideElement image() {
        return $("cc-article-text img");
    }

    /** The paragraph with {@code words}. */
    SelenideElement paragraph(String words) {
        return $$("cc-article-text .cc-body p").findBy(text(words));
    }

    /**
     * Whether the page is free of what the attack's scripts and handlers would have left (they set
     * {@code window.__xss}), as the browser answers: {@code true} when none ran.
     */
    Object noInjectedScriptRan() {
        return Selenide.executeJavaScript("return window.__xss === undefined");
    }

    /** The line of metadata above the text: outlet, byline, date. */
    SelenideElement meta() {
        return $(".article-meta");
    }
}
