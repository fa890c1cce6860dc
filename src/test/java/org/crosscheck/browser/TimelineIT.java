package org.crosscheck.browser;

import com.codeborne.selenide.Selenide;
import org.crosscheck.TestData.Team;
import org.crosscheck.annotation.AnnotationFields;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.article.ArticleDetails;
import org.crosscheck.article.ArticleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.webdriver;
import static com.codeborne.selenide.WebDriverConditions.urlContaining;
import static org.crosscheck.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims timeline (issue 26, item 5): three outlets' death tolls against their publication
 * times; the later, higher toll is shown as changed over time, two tolls of one day as a conflict; a click on a point
 * of the chart opens its words in the reader; the chart downloads as a PNG.
 */
class TimelineIT extends BrowserTest {

    @Autowired ArticleService articles;
    @Autowired AnnotationService annotations;

    Team team;
    long paper;

    @BeforeEach
    void coverage() {
        team = data.team();
        long wire = toll("Wire", "Officials said 26 people were killed when the quake struck on Tuesday evening.",
                "26", 26, LocalDate.of(2025, 9, 29), LocalTime.of(20, 0));
        paper = toll("Paper", "The toll rose on Wednesday: 69 people were killed, the disaster office said.",
                "69", 69, LocalDate.of(2025, 10, 1), LocalTime.of(6, 0));
        toll("Blog", "By Wednesday morning, officials counted 69 people killed across the province.",
                "69", 69, LocalDate.of(2025, 10, 1), null);
        toll("Radio", "Forty people were killed, a police spokesman told our reporter on Tuesday.",
                "Forty", 40, LocalDate.of(2025, 9, 29), LocalTime.of(21, 0));
        assertThat(wire).isNotEqualTo(paper);
    }

    private long toll(String outlet, String text, String figure, int value, LocalDate day, LocalTime time) {
        long id = data.article(team.projectId(), team.lead(), outlet + " story", text);
        var summary = as(team.lead(), () -> articles.get(id));
        as(team.lead(), () -> articles.updateDetails(id, new ArticleDetails(summary.title(), outlet, null, day, null, time),
                summary.version()));
        int start = text.indexOf(figure);
        as(team.reviewer(), () -> annotations.create(id, AnnotationKind.FIGURE, start, start + figure.length(),
                AnnotationFields.figure(BigDecimal.valueOf(value), FigureQualifier.NONE, "people killed")));
        return id;
    }

    @Test
    void aPointOnTheTimelineOpensItsWordsInTheReader() {
        login(team.observer());
        TimelinePage timeline = ProjectPage.open(team.projectId()).openTimeline();

        timeline.topic().shouldHave(text("deaths"), text("4 outlets"), text("⚑ conflict"));
        // Monday evening: the Wire's 26 and, an hour later, the Radio's 40 cannot both be right.
        // Wednesday's 69 (the Blog gives only the day) differs only from Monday's counts: the toll changed over time.
        timeline.valueCells("⚑ conflict").shouldHave(size(2));
        timeline.valueCells("changed over time").shouldHave(size(2));
        timeline.valueCell("1 Oct 2025 (day only)").shouldBe(visible);
        timeline.valueCell("29 Sep 2025, 20:00 UTC").shouldBe(visible);
        timeline.summary().shouldHave(text("cannot all be right"));

        // The chart is drawn: a real click on the Paper's point.
        timeline.chart().shouldBe(visible);
        Map<String, Object> point = timeline.pointPosition("Paper", 0);
        assertThat(point).as("the Paper's point is drawn").isNotNull();
        int x = ((Number) point.get("x")).intValue() - ((Number) point.get("width")).intValue() / 2;
        int y = ((Number) point.get("y")).intValue() - ((Number) point.get("height")).intValue() / 2;
        timeline.clickChart(x, y);

        webdriver().shouldHave(urlContaining("/articles/" + paper + "?at="));
        ReaderPage reader = new ReaderPage().ready();
        assertThat(reader.selectedText()).isEqualTo("69");
    }

    @Test
    void theChartDownloadsAsAPictureAndTheValuesAsCsv() {
        login(team.reviewer());
        TimelinePage timeline = TimelinePage.open(team.projectId());
        timeline.chart().shouldBe(visible);
        timeline.csvLink().shouldHave(attribute("download"));
        // The PNG is made in the browser: the link it clicks is caught, as a download would receive it.
        timeline.catchDownloads().downloadPng();
        Selenide.Wait().until(d -> timeline.caughtDownloads() instanceof Number n && n.intValue() == 1);
        String name = timeline.caughtDownloadName(0);
        String href = timeline.caughtDownloadAddress(0);
        assertThat(name).isEqualTo("timeline-" + team.projectId() + "-deaths.png");
        assertThat(href).startsWith("data:image/png;base64,").hasSizeGreaterThan(2000);
    }
}
