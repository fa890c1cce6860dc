package org.crosscheck.suggest;

import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.article.ArticleSummary;
import org.crosscheck.suggest.engine.FoundFigure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsTimelineTest {

    private final List<ClaimsTimeline.Reported> reported = new ArrayList<>();

    private static ArticleSummary article(long id, String outlet, LocalDate on, String at) {
        Instant moment = at == null ? null : Instant.parse(at);
        return new ArticleSummary(id, 1, "Story " + id, outlet, null, moment == null ? on : LocalDate.ofInstant(moment,
                java.time.ZoneOffset.UTC), "test", 100, false, Instant.EPOCH, 0, null, moment);
    }

    private void deaths(ArticleSummary article, int value, FigureQualifier qualifier, String exact) {
        reported.add(new ClaimsTimeline.Reported(new FoundFigure(10, 10 + exact.length(), exact, BigDecimal.valueOf(value),
                null, qualifier, null, "people killed", "deaths", false, 1), article, true));
    }

    private ClaimsTimeline.Topic deathsTopic() {
        return ClaimsTimeline.of(1, reported).topics().stream().filter(t -> t.topic().equals("deaths")).findFirst().orElseThrow();
    }

    @Test
    void aLaterDifferentCountIsAnUpdateNotAConflict() {
        deaths(article(1, "Wire", null, "2025-09-30T15:00:00Z"), 26, FigureQualifier.NONE, "26 people");
        deaths(article(2, "Paper", null, "2025-10-01T06:00:00Z"), 69, FigureQualifier.NONE, "69");
        deaths(article(3, "Blog", null, "2025-10-01T08:00:00Z"), 26, FigureQualifier.AT_LEAST, "at least 26");
        ClaimsTimeline.Topic topic = deathsTopic();
        assertThat(topic.series()).extracting(ClaimsTimeline.Series::outlet).containsExactly("Wire", "Paper", "Blog");
        assertThat(topic.all()).extracting(ClaimsTimeline.Point::standing)
                .as("'at least 26' allows 69: it agrees")
                .containsExactly(ClaimsTimeline.Standing.AGREES, ClaimsTimeline.Standing.UPDATE, ClaimsTimeline.Standing.AGREES);
        assertThat(topic.all().get(1).why()).contains("26 people", "Wire", "earlier");
        assertThat(topic.conflicting()).isFalse();
        assertThat(topic.updated()).isTrue();
    }

    @Test
    void incompatibleCountsOfTheSameDayConflict() {
        // Only the day is known of one of them: it may have been published at the same time.
        deaths(article(1, "Wire", LocalDate.of(2025, 10, 1), null), 69, FigureQualifier.NONE, "69");
        deaths(article(2, "Paper", null, "2025-10-01T06:00:00Z"), 72, FigureQualifier.NONE, "72");
        deaths(article(3, "Blog", null, "2025-10-01T07:00:00Z"), 60, FigureQualifier.MORE_THAN, "more than 60");
        ClaimsTimeline.Topic topic = deathsTopic();
        assertThat(topic.all()).extracting(ClaimsTimeline.Point::exact, ClaimsTimeline.Point::standing).containsExactly(
                org.assertj.core.groups.Tuple.tuple("72", ClaimsTimeline.Standing.CONFLICT),
                org.assertj.core.groups.Tuple.tuple("more than 60", ClaimsTimeline.Standing.AGREES),
                org.assertj.core.groups.Tuple.tuple("69", ClaimsTimeline.Standing.CONFLICT));
        ClaimsTimeline.Point dayOnly = topic.all().getLast();
        assertThat(dayOnly.timeKnown()).isFalse();
        assertThat(dayOnly.at()).as("placed at noon of its day").isEqualTo(Instant.parse("2025-10-01T12:00:00Z"));
        assertThat(topic.conflicting()).isTrue();
    }

    @Test
    void undatedArticlesAreListedApartAndOneOutletIsOneLine() {
        deaths(article(1, "Wire", null, "2025-09-30T15:00:00Z"), 26, FigureQualifier.NONE, "26");
        deaths(article(2, "Wire", null, "2025-10-01T15:00:00Z"), 69, FigureQualifier.NONE, "69");
        deaths(article(3, "Copy", null, null), 26, FigureQualifier.NONE, "26");
        ClaimsTimeline.Topic topic = deathsTopic();
        assertThat(topic.series()).singleElement().satisfies(s -> {
            assertThat(s.outlet()).isEqualTo("Wire");
            assertThat(s.points()).extracting(ClaimsTimeline.Point::exact).containsExactly("26", "69");
        });
        assertThat(topic.unplaced()).extracting(ClaimsTimeline.Point::outlet).containsExactly("Copy");
        String csv = ClaimsTimelineCsv.of(ClaimsTimeline.of(1, reported));
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv).contains("deaths,Wire,1,Story 1,2025-09-30T15:00:00Z,yes,26,,26,26,agrees,,no,10,12");
        // Undated, the copy may have been published beside either: against the later 69 it is a conflict.
        assertThat(csv).contains("deaths,Wire,2,Story 2,2025-10-01T15:00:00Z,yes,69,,69,69,conflict,Copy gives 26 at the same time");
        assertThat(csv).contains("deaths,Copy,3,Story 3,,no,26,,26,26,conflict,");
    }
}
