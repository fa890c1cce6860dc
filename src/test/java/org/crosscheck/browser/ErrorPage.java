package org.crosscheck.browser;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;

import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;

/** What the app shows instead of a page: not found (or not yours), or an unexpected error. */
final class ErrorPage {

    /** Opens {@code path}, expecting it to be refused: no wait, the caller asserts what it shows. */
    static ErrorPage open(String path) {
        Selenide.open(path);
        return new ErrorPage();
    }

    /** Whatever page is shown now. */
    static ErrorPage here() {
        return new ErrorPage();
    }

    SelenideElement notFound() {
        return $("#not-found");
    }

    /** Every unexpected-error page shown (none, when all went well). */
    ElementsCollection unexpectedErrors() {
        return $$("#unexpected-error");
    }

    /** The whole page, for what must appear nowhere on it. */
    SelenideElement wholePage() {
        return $("body");
    }
}
