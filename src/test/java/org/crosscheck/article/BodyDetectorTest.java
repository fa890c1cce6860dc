package org.crosscheck.article;

import org.crosscheck.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body of the five raw page scrapes of the demo coverage is what was trimmed from them by hand
 * (the demo fixtures), paragraph for paragraph; a clean text comes out as it went in.
 */
class BodyDetectorTest {

    private static String raw(String file) throws IOException {
        try (InputStream in = BodyDetectorTest.class.getResourceAsStream("/body-detection/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @ParameterizedTest
    @CsvSource({"000_4112bfe2b130095b.txt, 000-arab-news.txt", "001_bce48ba1cf8c7179.txt, 001-un-news-scoop.txt",
            "002_2e9f6ed4338fa6ee.txt, 002-republic-world.txt", "003_089dc9533477869b.txt, 003-reworded-copy.txt",
            "004_632696d97f397886.txt, 004-organization-for-world-peace.txt"})
    void theBodyOfAPageScrapeIsWhatAnEditorKept(String scrape, String fixture) throws IOException {
        BodyDetector.DetectedBody d = BodyDetector.detect(raw(scrape), null);
        assertThat(paragraphs(d.body())).containsExactlyElementsOf(paragraphs(TestData.fixture(fixture)));
    }

    @Test
    void whatIsLeftOutSaysWhyAndTheDatelineBecomesTheDate() throws IOException {
        BodyDetector.DetectedBody arabNews = BodyDetector.detect(raw("000_4112bfe2b130095b.txt"), null);
        assertThat(arabNews.date()).isEqualTo(LocalDate.of(2022, 1, 8));
        assertThat(arabNews.leftOut()).extracting(BodyDetector.LeftOut::text, BodyDetector.LeftOut::reason).contains(
                org.assertj.core.groups.Tuple.tuple("Short Url", "share or navigation line"),
                org.assertj.core.groups.Tuple.tuple("Updated 08 January 2022", "dateline (kept as the date)"));
        assertThat(arabNews.leftOut()).anySatisfy(l -> {
            assertThat(l.text()).startsWith("DHAKA: A once-banned Bangladeshi");
            assertThat(l.reason()).isEqualTo("after the article (another story or links)");
        });
        BodyDetector.DetectedBody scoop = BodyDetector.detect(raw("001_bce48ba1cf8c7179.txt"), null);
        assertThat(scoop.byline()).isEqualTo("Press Release: UN News");
        assertThat(scoop.leftOut()).anySatisfy(l -> assertThat(l.reason()).isEqualTo("footer or links after the article"));
    }

    @Test
    void theHeadlineIsTheLineBeforeTheStoryThatSharesItsWordsNotTheNavigationNorAnotherStorysHeadline() throws IOException {
        BodyDetector.DetectedBody scoop = BodyDetector.detect(raw("001_bce48ba1cf8c7179.txt"), null);
        assertThat(scoop.details().headline()).isEqualTo("UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed");
        assertThat(scoop.details().outlet()).isEqualTo("Scoop Media");
        assertThat(scoop.leftOut()).contains(new BodyDetector.LeftOut(
                "UN Urges Restraint In Kazakhstan, With Dozens Reportedly Killed", "headline (kept as the title)"));
        BodyDetector.DetectedBody copy = BodyDetector.detect(raw("003_089dc9533477869b.txt"), null);
        assertThat(copy.details().headline()).isNull();
        assertThat(copy.leftOut()).contains(new BodyDetector.LeftOut(
                "Vaccine-skeptical French MP dies after contracting COVID-19 -Parliament chief", "headline of another story"));
        assertThat(BodyDetector.openingWords(raw("003_089dc9533477869b.txt")))
                .startsWith("The United Nations on Friday called on all involved");
        assertThat(BodyDetector.details(raw("002_2e9f6ed4338fa6ee.txt"), null).headline()).as("no headline in the scrape")
                .isNull();
    }

    @Test
    void aCleanArticleAndAShortNoteComeOutAsTheyWentIn() {
        String clean = TestData.fixture("004-organization-for-world-peace.txt");
        assertThat(paragraphs(BodyDetector.detect(clean, null).body())).isEqualTo(paragraphs(clean));
        assertThat(BodyDetector.detect(clean, null).leftOut()).isEmpty();
        assertThat(BodyDetector.detect("Two short lines\nwithout prose", null).body())
                .isEqualTo("Two short lines\n\nwithout prose");
    }

    @Test
    void aCookieNoticeInsideTheStoryIsLeftOutAndTheImportersChoiceIsKept() {
        String page = "By Jane Doe\n\nThe council approved the new budget on Tuesday after a long debate about the parks.\n\n"
                + "We use cookies to improve your experience. Accept all cookies or manage your privacy settings.\n\n"
                + "The mayor said the decision would be reviewed next year by an independent panel of experts.";
        BodyDetector.DetectedBody d = BodyDetector.detect(page, "Budget approved");
        assertThat(d.byline()).isEqualTo("Jane Doe");
        assertThat(d.leftOut()).extracting(BodyDetector.LeftOut::reason)
                .containsExactly("byline (kept as metadata)", "cookie notice");
        assertThat(d.body()).doesNotContain("cookies");
        BodyDetector.DetectedBody adjusted = d.keeping(List.of(0, 1, 3));
        assertThat(adjusted.body()).startsWith("By Jane Doe\n\nThe council").doesNotContain("cookies");
    }
}
