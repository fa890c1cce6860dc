package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.KindColour;
import org.crosscheck.annotation.KindDescription;
import org.crosscheck.annotation.KindDraft;
import org.crosscheck.annotation.KindService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.review.ContradictionCategory;
import org.crosscheck.review.ContradictionService;
import org.crosscheck.review.SpanRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Dark mode (issue 9, item 10): follows the system, a choice in the user menu overrides it, highlights stay readable. */
class AppearanceIT extends BrowserTest {

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

    @Autowired AnnotationService annotations;
    @Autowired ContradictionService contradictions;
    @Autowired KindService kinds;

    Team team;
    long arabNews;

    @BeforeEach
    void article() {
        team = data.team();
        arabNews = data.fixtureArticle(team.projectId(), team.lead(), "000-arab-news.txt", "Arab News");
        long unNews = data.fixtureArticle(team.projectId(), team.lead(), "001-un-news-scoop.txt", "UN News");
        SpanRef police = data.span(team.lead(), arabNews, "12 police officers");
        SpanRef injured = data.span(team.lead(), arabNews, "More than 1,000 people");
        SpanRef dujarric = data.span(team.lead(), arabNews, "Stephane Dujarric");
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.FIGURE, police.start(), police.end(),
                AnnotationFields.figure(new BigDecimal(12), FigureQualifier.NONE, "police officers killed")));
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.QUOTE, dujarric.start(), dujarric.end(),
                AnnotationFields.quote("Stephane Dujarric")));
        run(team.reviewer(), () -> annotations.create(arabNews, AnnotationKind.NOTE, injured.start(), injured.start() + 9,
                AnnotationFields.note("hedged")));
        // One project kind in each colour a lead can choose, each on a word of its own.
        List<String> words = List.of("Almaty", "Tokayev", "Internet", "Antonio", "Friday", "Soviet", "Michelle", "People");
        for (KindColour colour : KindColour.values()) {
            KindDescription kind = as(team.lead(), () -> kinds.define(team.projectId(), new KindDraft("Kind " + colour.label(),
                    colour, null, List.of())));
            SpanRef word = data.span(team.lead(), arabNews, words.get(colour.ordinal()));
            run(team.reviewer(), () -> annotations.create(arabNews, kind.id(), word.start(), word.end(),
                    AnnotationFields.ofValues(Map.of())));
        }
        run(team.reviewer(), () -> contradictions.create(team.projectId(), ContradictionCategory.FIGURE_MISMATCH, null,
                List.of(SpanRef.of(arabNews, injured.start() + 10, injured.end()),
                        data.span(team.lead(), unNews, "1,000 people"))));
    }

    @Test
    void thePageFollowsTheSystemUntilTheUserChoosesAndHighlightsStayReadableInBoth() {
        prefersDark(true);
        login(team.reviewer());
        ReaderPage.open(arabNews);
        Map<String, Number> dark = measure();
        assertThat(dark.get("page").doubleValue()).as("page background luminance, system dark").isLessThan(0.1);
        assertReadable(dark);

        // Light for this browser, though the system stays dark; kept over a reload.
        choose("light");
        $("html").shouldHave(attribute("theme", "light"));
        Selenide.refresh();
        new ReaderPage().ready();
        Map<String, Number> light = measure();
        assertThat(light.get("page").doubleValue()).as("page background luminance, chosen light").isGreaterThan(0.8);
        assertReadable(light);

        // Back to the system's setting: dark again.
        choose("system");
        Selenide.refresh();
        new ReaderPage().ready();
        assertThat(measure().get("page").doubleValue()).isLessThan(0.1);

        choose("dark");
        prefersDark(false);
        Selenide.refresh();
        new ReaderPage().ready();
        assertThat(measure().get("page").doubleValue()).as("chosen dark on a light system").isLessThan(0.1);
    }

    @Test
    void aLightSystemGetsALightPageWithReadableHighlights() {
        prefersDark(false);
        login(team.reviewer());
        ReaderPage.open(arabNews);
        Map<String, Number> light = measure();
        assertThat(light.get("page").doubleValue()).isGreaterThan(0.8);
        assertReadable(light);
    }

    private static final List<String> PALETTE = java.util.Arrays.stream(KindColour.values()).map(KindColour::cssClass).toList();

    private static void assertReadable(Map<String, Number> measured) {
        assertThat(measured).containsKeys("quote", "figure", "note", "contradiction");
        assertThat(measured).containsKeys(PALETTE.toArray(String[]::new));
        for (String kind : java.util.stream.Stream.concat(java.util.stream.Stream.of("quote", "figure", "note",
                "contradiction"), PALETTE.stream()).toList()) {
            assertThat(measured.get(kind).doubleValue()).as("contrast of text on a %s highlight (WCAG AA)", kind)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    /** Chooses in the user menu and waits until the browser has remembered it (the cookie a reload reads). */
    private static void choose(String appearance) {
        $("#current-user").click();
        menuItem("Appearance").click();
        $("#appearance-" + appearance).shouldBe(visible).click();
        Selenide.Wait().until(driver -> {
            String cookies = Selenide.executeJavaScript("return document.cookie");
            return cookies != null && cookies.contains("crosscheck-appearance=" + appearance);
        });
    }

    private static com.codeborne.selenide.SelenideElement menuItem(String label) {
        return Selenide.$$("vaadin-menu-bar-item, vaadin-context-menu-item").filterBy(visible)
                .findBy(com.codeborne.selenide.Condition.text(label));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> measure() {
        return (Map<String, Number>) Selenide.executeJavaScript(MEASURE, PALETTE);
    }

    /** Tells the browser what the operating system prefers, as Chromium's DevTools can. */
    private static void prefersDark(boolean dark) {
        if (!WebDriverRunner.hasWebDriverStarted()) {
            Selenide.open("/login");
        }
        WebDriver driver = WebDriverRunner.getWebDriver();
        while (!(driver instanceof HasCdp) && driver instanceof WrapsDriver wrapper) {
            driver = wrapper.getWrappedDriver();
        }
        ((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }
}
