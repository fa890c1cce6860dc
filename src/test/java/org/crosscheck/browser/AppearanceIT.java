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
import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Dark mode (issue 9, item 10): follows the system, a choice in the user menu overrides it, highlights stay readable. */
class AppearanceIT extends BrowserTest {

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
        ReaderPage reader = ReaderPage.open(arabNews);
        Menu menu = Menu.here();
        Map<String, Number> dark = reader.highlightContrasts(PALETTE);
        assertThat(dark.get("page").doubleValue()).as("page background luminance, system dark").isLessThan(0.1);
        assertReadable(dark);

        // Light for this browser, though the system stays dark; kept over a reload.
        menu.chooseAppearance("light");
        menu.themedRoot().shouldHave(attribute("theme", "light"));
        Selenide.refresh();
        reader.ready();
        Map<String, Number> light = reader.highlightContrasts(PALETTE);
        assertThat(light.get("page").doubleValue()).as("page background luminance, chosen light").isGreaterThan(0.8);
        assertReadable(light);

        // Back to the system's setting: dark again.
        menu.chooseAppearance("system");
        Selenide.refresh();
        reader.ready();
        assertThat(reader.highlightContrasts(PALETTE).get("page").doubleValue()).isLessThan(0.1);

        menu.chooseAppearance("dark");
        prefersDark(false);
        Selenide.refresh();
        reader.ready();
        assertThat(reader.highlightContrasts(PALETTE).get("page").doubleValue()).as("chosen dark on a light system").isLessThan(0.1);
    }

    @Test
    void aLightSystemGetsALightPageWithReadableHighlights() {
        prefersDark(false);
        login(team.reviewer());
        Map<String, Number> light = ReaderPage.open(arabNews).highlightContrasts(PALETTE);
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
