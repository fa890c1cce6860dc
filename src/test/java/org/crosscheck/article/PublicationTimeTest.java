package org.crosscheck.article;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationTimeTest {

    @Test
    void isoMomentsWithTheirOffset() {
        assertThat(PublicationTime.in("2025-10-01T09:14:00+08:00")).isEqualTo(Instant.parse("2025-10-01T01:14:00Z"));
        assertThat(PublicationTime.in("2025-10-01T09:14+0800")).isEqualTo(Instant.parse("2025-10-01T01:14:00Z"));
        assertThat(PublicationTime.in("2025-09-30T22:05:31.123Z")).isEqualTo(Instant.parse("2025-09-30T22:05:31.123Z"));
    }

    @Test
    void datelinesWithAZone() {
        assertThat(PublicationTime.in("Updated 1 October 2025, 09:14 GMT")).isEqualTo(Instant.parse("2025-10-01T09:14:00Z"));
        assertThat(PublicationTime.in("Published Oct. 1, 2025 at 9:14 p.m. PHT"))
                .isEqualTo(Instant.parse("2025-10-01T13:14:00Z"));
        assertThat(PublicationTime.in("Sept 30, 2025 12:05 am EDT")).isEqualTo(Instant.parse("2025-09-30T04:05:00Z"));
        assertThat(PublicationTime.in("30 Sep 2025 | 18:40 (UTC+5:45)")).isEqualTo(Instant.parse("2025-09-30T12:55:00Z"));
        assertThat(PublicationTime.in("PUBLISHED OCT 1, 2025 10:00 AM EDT")).isEqualTo(Instant.parse("2025-10-01T14:00:00Z"));
        assertThat(PublicationTime.in("1 October 2025, 09:14 gmt")).isEqualTo(Instant.parse("2025-10-01T09:14:00Z"));
        assertThat(PublicationTime.in("31 February 2025, 09:14 GMT")).as("no such day").isNull();
    }

    @Test
    void aTimeWithoutAZoneIsNoMoment() {
        // "09:14" alone could be any of 26 hours: the article keeps its date only.
        assertThat(PublicationTime.in("Updated 1 October 2025, 09:14")).isNull();
        assertThat(PublicationTime.in("2025-10-01T09:14:00")).isNull();
        assertThat(PublicationTime.in("1 October 2025 at 25:14 GMT")).isNull();
        assertThat(PublicationTime.in("Posted 1 October 2025, 09:14 XYZ")).isNull();
        assertThat(PublicationTime.in(null)).isNull();
    }

    @Test
    void aDatelineOnThePageGivesTheMomentAndItsUtcDate() {
        String page = """
                Home | World | Asia
                Quake toll climbs as rescuers reach northern towns
                Updated 1 October 2025, 01:30 PHT
                By Ana Reyes
                Rescuers reached the worst-hit towns on Wednesday as the toll from the quake rose again, officials said.
                "We are still counting," the mayor of the town said on Wednesday morning, standing beside the church.
                """;
        PageDetails details = BodyDetector.details(page, null);
        assertThat(details.publishedAt()).isEqualTo(Instant.parse("2025-09-30T17:30:00Z"));
        assertThat(details.publishedOn()).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void htmlMetadataGivesTheMoment() {
        HtmlToText.Result html = HtmlToText.convert("""
                <html><head><meta property="article:published_time" content="2025-10-01T09:14:00+08:00">
                <title>Quake</title></head><body><h1>Quake toll climbs</h1><p>Rescuers reached the towns.</p></body></html>""");
        assertThat(html.details().publishedAt()).isEqualTo(Instant.parse("2025-10-01T01:14:00Z"));
        assertThat(html.details().publishedOn()).isEqualTo(LocalDate.of(2025, 10, 1));
    }
}
