package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;

/**
 * Events an attacker's script sends from the reader's page as if its text component had: the
 * server must refuse what no real component sends. Open the reader first.
 */
final class ForgedReaderEvents {

    private ForgedReaderEvents() {
    }

    /** Asks to annotate {@code start}..{@code end} as {@code kind}. */
    static void annotate(String kind, int start, int end) {
        Selenide.executeJavaScript("document.querySelector('cc-article-text').dispatchEvent(new CustomEvent('cc-annotate', "
                + "{detail: {kind: arguments[0], start: arguments[1], end: arguments[2]}}))", kind, start, end);
    }

    /** Says the marks {@code ids} were clicked. */
    static void markClick(String ids) {
        Selenide.executeJavaScript("document.querySelector('cc-article-text').dispatchEvent(new CustomEvent('cc-mark-click', "
                + "{detail: {ids: arguments[0]}}))", ids);
    }
}
