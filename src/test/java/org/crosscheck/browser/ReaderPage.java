package org.crosscheck.browser;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideDriver;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;

/**
 * The reader view, as a test drives it, in whichever browser (the test's own, or another user's or
 * another app node's: {@link #open(SelenideDriver, long)}).
 */
class ReaderPage extends PageInBrowser {

    /** Maps a position in the article's rendered text to a DOM (node, offset): the prelude of the scripts below. */
    private static final String TEXT_INDEX = """
            const body = document.querySelector(arguments[arguments.length - 1] + ' .cc-body');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            const nodes = []; let all = '';
            while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
            const at = (i) => { for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= i) return [nodes[k][0], i - nodes[k][1]]; };
            """;

    /** Page background luminance and, per kind, the contrast of a highlight's text on its background. */
    private static final String MEASURE = """
            const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
            const over = (top, base) => ({r: top.r * top.a + base.r * (1 - top.a), g: top.g * top.a + base.g * (1 - top.a),
                                          b: top.b * top.a + base.b * (1 - top.a), a: 1});
            const background = (el) => { const layers = [];
              for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
                if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
              let base = {r: 255, g: 255, b: 255, a: 1};
              for (let i = layers.length - 1; i >= 0; i--) base = over(layers[i], base);
              return base; };
            const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const contrast = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            const result = {page: lum(background(document.querySelector('cc-article-text') || document.body))};
            for (const kind of ['quote', 'figure', 'note', 'contradiction', ...arguments[0]]) {
              const cls = kind.startsWith('pal-') ? kind : 'k-' + kind;
              const mark = Array.from(document.querySelectorAll('cc-article-text mark.hl.' + cls)).find((m) => m.classList.length <= 5
                  && !['quote', 'figure', 'note', 'contradiction'].some((k) => k !== kind && m.classList.contains('k-' + k)));
              if (!mark) continue;
              const bg = background(mark);
              result[kind] = contrast(over(parse(getComputedStyle(mark).color), bg), bg);
            }
            return result;
            """;

    private final String root;

    ReaderPage() {
        this("cc-article-text");
    }

    /** One of several texts on the page (the compare view): {@code root} selects its element. */
    ReaderPage(String root) {
        this(root, null);
    }

    private ReaderPage(String root, SelenideDriver browser) {
        super(browser);
        this.root = root;
    }

    static ReaderPage open(long articleId) {
        Selenide.open("/articles/" + articleId);
        return new ReaderPage().ready();
    }

    /** Opens the article without waiting: the caller waits for what it expects (a state of the text, or a refusal). */
    static ReaderPage visit(long articleId) {
        Selenide.open("/articles/" + articleId);
        return new ReaderPage();
    }

    /** The reader in another browser (a second reviewer's): what it shows, read as this page reads its own. */
    static ReaderPage open(SelenideDriver browser, long articleId) {
        browser.open("/articles/" + articleId);
        return new ReaderPage("cc-article-text", browser).ready();
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
        return drag(needle, "a.left + 1", "b.right - 1");
    }

    /**
     * Selects {@code needle} in a right-to-left script with a real mouse drag: press on the right edge
     * of its first character (where it is read from), move to the left edge of its last, release.
     */
    ReaderPage dragSelectRightToLeft(String needle) {
        return drag(needle, "a.right - 1", "b.left + 1");
    }

    /** A real mouse drag from {@code fromX} of the first character ({@code a}) to {@code toX} of the last ({@code b}). */
    private ReaderPage drag(String needle, String fromX, String toX) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) js(TEXT_INDEX + """
                const needle = arguments[0];
                const from = all.indexOf(needle);
                if (from < 0) return null;
                const rectOf = (i) => { const [n, o] = at(i); const r = document.createRange(); r.setStart(n, o); r.setEnd(n, o + 1);
                                        const rects = r.getClientRects(); return rects[rects.length - 1]; };
                at(from)[0].parentElement.scrollIntoView({block: 'center'});
                const a = rectOf(from), b = rectOf(from + needle.length - 1);
                return {x1: %s, y1: (a.top + a.bottom) / 2, x2: %s, y2: (b.top + b.bottom) / 2};
                """.formatted(fromX, toX), needle, root);
        if (box == null) {
            throw new AssertionError("Text not found in the article: " + needle);
        }
        new Actions(driver())
                .moveToLocation(num(box, "x1"), num(box, "y1"))
                .clickAndHold()
                .moveToLocation((num(box, "x1") + num(box, "x2")) / 2, num(box, "y2"))
                .moveToLocation(num(box, "x2"), num(box, "y2"))
                .release()
                .perform();
        return this;
    }

    /** The horizontal middle of the first character of {@code needle} on screen, in CSS pixels. */
    double xOf(String needle) {
        Object x = js(TEXT_INDEX + """
                const from = all.indexOf(arguments[0]);
                if (from < 0) return null;
                const [n, o] = at(from); const r = document.createRange(); r.setStart(n, o); r.setEnd(n, o + 1);
                const box = r.getClientRects()[0];
                return (box.left + box.right) / 2;
                """, needle, root);
        if (x == null) {
            throw new AssertionError("Text not found in the article: " + needle);
        }
        return ((Number) x).doubleValue();
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
        Map<String, Object> point = (Map<String, Object>) js(TEXT_INDEX + """
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
        new Actions(driver()).moveToLocation(num(point, "x"), num(point, "y")).click().perform();
        return this;
    }

    /** Presses {@code key} {@code times} times while holding the modifiers. */
    ReaderPage pressWith(org.openqa.selenium.Keys[] modifiers, org.openqa.selenium.Keys key, int times) {
        Actions actions = new Actions(driver());
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
        return js("return window.getSelection().toString()");
    }

    /**
     * Selects from the start of {@code from} to the end of {@code to} by setting the DOM selection
     * (for selections a drag cannot make precisely: a lone space, a span across paragraphs).
     */
    ReaderPage selectRange(String from, String to) {
        Object ok = js(TEXT_INDEX + """
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
        new Actions(driver()).sendKeys(key).perform();
        return this;
    }

    /** The toolbar a selection brings up (hidden for those who may not annotate). */
    SelenideElement toolbar() {
        return el(root + " .cc-toolbar");
    }

    SelenideElement toolbarButton(String kind) {
        return el(root + " .cc-toolbar button[data-kind='" + kind + "']");
    }

    SelenideElement dialog() {
        return el("#annotation-dialog");
    }

    SelenideElement field(String id) {
        return el("#" + id + " input, #" + id + " textarea").shouldBe(visible);
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
        el("#save-annotation").click();
        el("#save-annotation").should(Condition.disappear);
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
        return (List<String>) js(
                "return Array.from(document.querySelectorAll(arguments[0] + ' mark.hl')).map(m => m.textContent)", root);
    }

    /** The words of each highlight with the class {@code kindClass} ("k-quote", …), in the order of the text, off-screen parts included. */
    @SuppressWarnings("unchecked")
    List<String> markTexts(String kindClass) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0] + ' mark.' + arguments[1]))"
                + ".map(m => m.textContent)", root, kindClass);
    }

    /** Every highlight of the text. */
    ElementsCollection marks() {
        return all(root + " mark.hl");
    }

    /** Every highlight whose text contains {@code text} (none, once it is filtered out or deleted). */
    ElementsCollection marksContaining(String text) {
        return all(root + " mark.hl").filterBy(Condition.text(text));
    }

    /** The first mark with the class {@code kindClass} ("k-quote", "k-figure", …). */
    SelenideElement markOf(String kindClass) {
        return el(root + " mark." + kindClass);
    }

    /** Every mark with the class {@code kindClass}. */
    ElementsCollection marksOf(String kindClass) {
        return all(root + " mark." + kindClass);
    }

    /** Puts the keyboard focus on the first highlight containing {@code words}, as Tab would. */
    ReaderPage focusMark(String words) {
        js("Array.from(document.querySelectorAll(arguments[1] + ' mark.hl')).find(m => m.textContent.includes(arguments[0])).focus()",
                words, root);
        return this;
    }

    /** Takes the keyboard focus from whatever has it. */
    ReaderPage leaveFocus() {
        js("document.activeElement.blur()");
        return this;
    }

    /** Ctrl+Z with nothing else holding the keyboard: undoes the caller's last change in this reader. */
    ReaderPage undo() {
        leaveFocus();
        new Actions(driver()).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("z")
                .keyUp(org.openqa.selenium.Keys.CONTROL).perform();
        return this;
    }

    /** Selects nothing (the caret gone too). */
    ReaderPage clearSelection() {
        js("window.getSelection().removeAllRanges()");
        return this;
    }

    /** Takes the keyboard focus from whatever has it and selects nothing: no mouse, no caret. */
    ReaderPage leaveFocusAndSelection() {
        js("document.activeElement.blur(); window.getSelection().removeAllRanges()");
        return this;
    }

    /** The article's text as rendered, markup and all left out. */
    String bodyText() {
        return js("return document.querySelector(arguments[0] + ' .cc-body').textContent", root);
    }

    /** The text of the paragraphs as drawn, one a line: what a reader sees, highlights or not. */
    String drawnParagraphs() {
        return js("return Array.from(document.querySelectorAll(arguments[0] + ' .cc-body p'))"
                + ".map(p => p.textContent).join('\\n')", root);
    }

    ReaderPage scrollParagraphIntoView(int index) {
        js("document.querySelectorAll(arguments[0] + ' .cc-body p')[arguments[1]].scrollIntoView()", root, index);
        return this;
    }

    /** Where the paragraph {@code index} is in the window: the reader's place. */
    double paragraphTop(int index) {
        return ((Number) js("return document.querySelectorAll(arguments[0] + ' .cc-body p')[arguments[1]]"
                + ".getBoundingClientRect().top", root, index)).doubleValue();
    }

    /** Has the text element fetch its text from {@code src} again, as it does when the page draws it. */
    ReaderPage loadTextFrom(String src) {
        js("document.querySelector(arguments[1]).src = arguments[0]", src, root);
        return this;
    }

    /**
     * Has the text element fetch its marks from {@code src} again, taking them for older than the
     * page's subscription (a change came in between); {@code data-ready} goes until they are drawn.
     */
    ReaderPage fetchMarksOlderThanThePage(String src) {
        js("""
                const el = document.querySelector(arguments[1]);
                el.removeAttribute('data-ready');
                el.marksSeen = Number.MAX_SAFE_INTEGER;
                el.marksSrc = arguments[0];""", src, root);
        return this;
    }

    /** Has the text element fetch its marks from {@code src} again; {@code data-ready} goes until they are drawn. */
    ReaderPage fetchMarksFrom(String src) {
        js("""
                const el = document.querySelector(arguments[1]);
                el.removeAttribute('data-ready');
                el.marksSrc = arguments[0];""", src, root);
        return this;
    }

    /** What the page asked the browser to fetch while Vaadin started (the text and the marks). */
    ElementsCollection preloads() {
        return all("link[rel='preload'][as='fetch']");
    }

    /** How often the page fetched marks, as the browser counts its requests. */
    Long marksFetches() {
        return js("return performance.getEntriesByType('resource')"
                + ".filter(r => r.name.includes('article-marks/')).length");
    }

    /** Images with the address {@code src}, wherever on the page (markup typed by a user would make them). */
    ElementsCollection images(String src) {
        return all("img[src='" + src + "']");
    }

    /**
     * Whether the page is free of what an attack's scripts and handlers would have left (they set
     * {@code window.__xss}), as the browser answers: {@code true} when none ran.
     */
    Object noInjectedScriptRan() {
        return js("return window.__xss === undefined");
    }

    /**
     * The luminance of the page's background ("page") and, for each of the built-in kinds and the
     * palette's classes ("pal-…"), the contrast of a highlight's text on its background.
     */
    @SuppressWarnings("unchecked")
    Map<String, Number> highlightContrasts(List<String> paletteClasses) {
        return (Map<String, Number>) js(MEASURE, paletteClasses);
    }

    /** The article's title above the text. */
    SelenideElement title() {
        return el("#reader-title");
    }

    /** The line telling an observer what they may not do. */
    SelenideElement hint() {
        return el("#reader-hint");
    }

    /** The message that the article was deleted while open. */
    SelenideElement deletedNotice() {
        return el("#article-deleted");
    }

    /** The deleted article's way back to its project, in the test's own browser. */
    ProjectPage backToProject() {
        el("#deleted-back-to-project").click();
        return ProjectPage.here();
    }

    /** The avatars of those reading the article, this browser's user included. */
    ElementsCollection readers() {
        return all("#presence vaadin-avatar");
    }

    SelenideElement firstReader() {
        return el("#presence vaadin-avatar");
    }

    /** The names of those reading the article, as their avatars carry them, in their order. */
    @SuppressWarnings("unchecked")
    List<String> readerNames() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#presence vaadin-avatar')).map(a => a.name)");
    }

    /** Vaadin's indicator of the connection to the server: {@code reconnecting} while it is lost. */
    SelenideElement connectionIndicator() {
        return el("vaadin-connection-indicator");
    }

    /** The annotation list's cell showing {@code words}. */
    SelenideElement listRow(String words) {
        return all("#annotation-list vaadin-grid-cell-content").findBy(Condition.text(words));
    }

    /** The side panel, in this page's browser. */
    ReaderPanel panel() {
        return new ReaderPanel(browser);
    }

    long windowWidth() {
        return js("return window.innerWidth");
    }

    double windowHeight() {
        return ((Number) js("return window.innerHeight")).doubleValue();
    }

    /** The height of the pane the text scrolls in. */
    double textPaneHeight() {
        return ((Number) js("return document.querySelector('#reader-scroller').getBoundingClientRect().height")).doubleValue();
    }

    /** Whether the suggestions switch, where the lists below the text start, is shown whole in the window. */
    boolean suggestionsSwitchInTheWindow() {
        return Boolean.TRUE.equals(js("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
                """, "#filter-suggestions"));
    }

    /** Turns the mouse wheel over the header above the text, {@code pixels} down. */
    ReaderPage wheelOverTheHeader(int pixels) {
        new Actions(driver())
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(el(".reader-header")), 0, pixels)
                .perform();
        return this;
    }

    /**
     * Whether leaving the page now would ask first. ChromeDriver answers the browser's "Leave site?"
     * question itself, so the page is asked as the browser asks it: an unload event that it may cancel.
     */
    boolean leavingAsksFirst() {
        return Boolean.TRUE.equals(js(
                "const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented"));
    }

    /**
     * Signs in on the sign-in page the reader's address led to (the session gone) in the test's own
     * browser, without waiting for the sign-in page first; the reader comes back.
     */
    static ReaderPage signInAgain(String username, String password) {
        $("#vaadinLoginUsername input").shouldBe(visible).setValue(username);
        $("#vaadinLoginPassword input").setValue(password);
        $("vaadin-login-form vaadin-button").click();
        return new ReaderPage().ready();
    }

    /** Selects the first place of {@code words} in one text node, as the page sees a selection made with the mouse. */
    ReaderPage select(String words) {
        js("""
                const body = document.querySelector(arguments[1] + ' .cc-body');
                const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  const i = walker.currentNode.data.indexOf(arguments[0]);
                  if (i >= 0) {
                    const r = document.createRange();
                    r.setStart(walker.currentNode, i); r.setEnd(walker.currentNode, i + arguments[0].length);
                    const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                    body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    break;
                  }
                }""", words, root);
        return this;
    }

    /** Notes the words selected: the toolbar's note button, the note, save (without waiting for the dialog to close). */
    ReaderPage addNote(String note) {
        toolbarButton("note").click();
        fieldTextArea("field-note").setValue(note);
        clickSave();
        return this;
    }

    /** The input of the dialog's field {@code id}, as it is (no wait). */
    SelenideElement fieldInput(String id) {
        return el("#" + id + " input");
    }

    /** The text area of the dialog's field {@code id}, as it is (no wait). */
    SelenideElement fieldTextArea(String id) {
        return el("#" + id + " textarea");
    }

    /** The dialog's field {@code id} itself: {@code invalid} and its error message when refused; a list to click open. */
    SelenideElement fieldComponent(String id) {
        return el("#" + id);
    }

    /** Opens the dialog's list field {@code selectId} and clicks {@code option}, without checking what it then shows. */
    ReaderPage pick(String selectId, String option) {
        el("#" + selectId).click();
        all("vaadin-select-list-box vaadin-select-item").filterBy(visible).findBy(Condition.text(option)).click();
        return this;
    }

    /** What the dialog says it took from a suggestion. */
    SelenideElement proposedFields() {
        return el("#proposed-fields");
    }

    SelenideElement saveButton() {
        return el("#save-annotation");
    }

    /** Clicks the dialog's Save, without waiting for it to close (a refusal keeps it open). */
    ReaderPage clickSave() {
        saveButton().click();
        return this;
    }

    ReaderPage cancel() {
        el("#cancel-annotation").click();
        return this;
    }

    /** The dialog listing the keyboard shortcuts ("?" opens it). */
    SelenideElement shortcuts() {
        return el("#shortcuts");
    }

    /** The question the reader asks before a navigation drops typed text (Back, for one). */
    DiscardQuestion discardQuestion() {
        return new DiscardQuestion();
    }

    /** The question before typed text is dropped: keep editing (the default), or discard. */
    final class DiscardQuestion {

        SelenideElement element() {
            return el("#confirm-discard");
        }

        SelenideElement keepEditingButton() {
            return el("#confirm-discard [slot='cancel-button']");
        }

        SelenideElement discardButton() {
            return el("#confirm-discard [slot='confirm-button']");
        }
    }

    private static int num(Map<String, Object> box, String key) {
        return (int) Math.round(((Number) box.get(key)).doubleValue());
    }
}
