package org.crosscheck.browser;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.codeborne.selenide.WebDriverRunner;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

/** The reader view, as a test drives it. */
class ReaderPage {

    /** Maps a position in the article's rendered text to a DOM (node, offset): the prelude of the scripts below. */
    private static final String TEXT_INDEX = """
            const body = document.querySelector(arguments[arguments.length - 1] + ' .cc-body');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            const nodes = []; let all = '';
            while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
            const at = (i) => { for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= i) return [nodes[k][0], i - nodes[k][1]]; };
            """;

    private final String root;
    /** Another browser than the test's own (a second reviewer), or null for the test's own. */
    private final com.codeborne.selenide.SelenideDriver browser;

    ReaderPage() {
        this("cc-article-text");
    }

    /** One of several texts on the page (the compare view): {@code root} selects its element. */
    ReaderPage(String root) {
        this(root, null);
    }

    private ReaderPage(String root, com.codeborne.selenide.SelenideDriver browser) {
        this.root = root;
        this.browser = browser;
    }

    static ReaderPage open(long articleId) {
        Selenide.open("/articles/" + articleId);
        return new ReaderPage().ready();
    }

    /** The reader in another browser (a second reviewer's): what it shows, read as this page reads its own. */
    static ReaderPage open(com.codeborne.selenide.SelenideDriver browser, long articleId) {
        browser.open("/articles/" + articleId);
        return new ReaderPage("cc-article-text", browser).ready();
    }

    private SelenideElement el(String css) {
        return browser == null ? $(css) : browser.$(css);
    }

    private com.codeborne.selenide.ElementsCollection all(String css) {
        return browser == null ? Selenide.$$(css) : browser.$$(css);
    }

    ReaderPage ready() {
        el(root).shouldHave(attribute("data-ready"), Duration.ofSeconds(30));
        return this;
    }

    SelenideElement text() {
        return el(root);
    }

    /**
     * Selects {@code needle} with a real mouse drag: press on the left edge of its first character,
     * move to the right edge of its last, release.
     */
    ReaderPage dragSelect(String needle) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) Selenide.executeJavaScript(TEXT_INDEX + """
                const needle = arguments[0];
                const from = all.indexOf(needle);
                if (from < 0) return null;
                const rectOf = (i) => { const [n, o] = at(i); const r = document.createRange(); r.setStart(n, o); r.setEnd(n, o + 1);
                                        const rects = r.getClientRects(); return rects[rects.length - 1]; };
                at(from)[0].parentElement.scrollIntoView({block: 'center'});
                const a = rectOf(from), b = rectOf(from + needle.length - 1);
                return {x1: a.left + 1, y1: (a.top + a.bottom) / 2, x2: b.right - 1, y2: (b.top + b.bottom) / 2};
                """, needle, root);
        if (box == null) {
            throw new AssertionError("Text not found in the article: " + needle);
        }
        new Actions(WebDriverRunner.getWebDriver())
                .moveToLocation(num(box, "x1"), num(box, "y1"))
                .clickAndHold()
                .moveToLocation((num(box, "x1") + num(box, "x2")) / 2, num(box, "y2"))
                .moveToLocation(num(box, "x2"), num(box, "y2"))
                .release()
                .perform();
        return this;
    }

    /** Clicks just before the first character of {@code needle}: the caret a keyboard selection starts from. */
    ReaderPage clickBefore(String needle) {
        return clickFirstCharacter(needle, "box.left + 1");
    }

    /**
     * Clicks just before the first character of {@code needle} in a right-to-left script: on its
     * right edge, where the line is read from.
     */
    ReaderPage clickBeforeRightToLeft(String needle) {
        return clickFirstCharacter(needle, "box.right - 1");
    }

    /** Clicks the middle of the first character of {@code needle}, without moving: a click, not a drag. */
    ReaderPage clickOn(String needle) {
        return clickFirstCharacter(needle, "(box.left + box.right) / 2");
    }

    private ReaderPage clickFirstCharacter(String needle, String x) {
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) Selenide.executeJavaScript(TEXT_INDEX + """
                const from = all.indexOf(arguments[0]);
                if (from < 0) return null;
                const [n, o] = at(from); const r = document.createRange(); r.setStart(n, o); r.setEnd(n, o + 1);
                n.parentElement.scrollIntoView({block: 'center'});
                const box = r.getClientRects()[0];
                return {x: %s, y: (box.top + box.bottom) / 2};
                """.formatted(x), needle, root);
        if (point == null) {
            throw new AssertionError("Text not found in the article: " + needle);
        }
        new Actions(WebDriverRunner.getWebDriver()).moveToLocation(num(point, "x"), num(point, "y")).click().perform();
        return this;
    }

    /** Presses {@code key} {@code times} times while holding the modifiers. */
    ReaderPage pressWith(org.openqa.selenium.Keys[] modifiers, org.openqa.selenium.Keys key, int times) {
        Actions actions = new Actions(WebDriverRunner.getWebDriver());
        for (var modifier : modifiers) {
            actions.keyDown(modifier);
        }
        for (int i = 0; i < times; i++) {
            actions.sendKeys(key);
        }
        for (var modifier : modifiers) {
            actions.keyUp(modifier);
        }
        actions.perform();
        return this;
    }

    /** The selected text, as the page sees it. */
    String selectedText() {
        return Selenide.executeJavaScript("return window.getSelection().toString()");
    }

    /**
     * Selects from the start of {@code from} to the end of {@code to} by setting the DOM selection
     * (for selections a drag cannot make precisely: a lone space, a span across paragraphs).
     */
    ReaderPage selectRange(String from, String to) {
        Object ok = Selenide.executeJavaScript(TEXT_INDEX + """
                const [fromText, toText] = arguments;
                const s = all.indexOf(fromText); const e = all.indexOf(toText, s) + toText.length;
                if (s < 0 || e < toText.length) return false;
                const range = document.createRange();
                const [sn, so] = at(s); const [en, eo] = e >= all.length ? [nodes[nodes.length-1][0], nodes[nodes.length-1][0].data.length] : at(e);
                range.setStart(sn, so); range.setEnd(en, eo);
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                sn.parentElement.scrollIntoView({block: 'center'});
                body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return true;
                """, from, to, root);
        if (!Boolean.TRUE.equals(ok)) {
            throw new AssertionError("Text not found in the article: " + from + " … " + to);
        }
        return this;
    }

    ReaderPage press(String key) {
        new Actions(WebDriverRunner.getWebDriver()).sendKeys(key).perform();
        return this;
    }

    SelenideElement toolbarButton(String kind) {
        return $(root + " .cc-toolbar button[data-kind='" + kind + "']");
    }

    SelenideElement dialog() {
        return $("#annotation-dialog");
    }

    SelenideElement field(String id) {
        return $("#" + id + " input, #" + id + " textarea").shouldBe(visible);
    }

    /** Chooses {@code option} in the dialog's list field {@code selectId}. */
    ReaderPage choose(String selectId, String option) {
        KindsPage.choose(selectId, option);
        return this;
    }

    /** The legend above the text: each kind with its key. */
    SelenideElement legend() {
        return el("#reader-legend");
    }

    void save() {
        $("#save-annotation").click();
        $("#save-annotation").should(Condition.disappear);
    }

    /** A highlight whose text contains {@code text}. */
    SelenideElement markContaining(String text) {
        return all(root + " mark.hl").findBy(Condition.text(text));
    }

    SelenideElement list() {
        return el("#annotation-list");
    }

    @SuppressWarnings("unchecked")
    List<String> markTexts() {
        return (List<String>) Selenide.executeJavaScript(
                "return Array.from(document.querySelectorAll(arguments[0] + ' mark.hl')).map(m => m.textContent)", root);
    }

    private static int num(Map<String, Object> box, String key) {
        return (int) Math.round(((Number) box.get(key)).doubleValue());
    }
}
