package org.crosscheck.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * An article's details as a lead edits them: what events carry before and after a change. The
 * publication time, where known, is a time of day in UTC on {@code publishedOn}: outlets publish
 * in every time zone, and a timeline across them needs one clock. (One constructor only: the
 * details form binds this record, and Vaadin's binder builds it with its canonical constructor.)
 */
public record ArticleDetails(String title, String outlet, String url, LocalDate publishedOn, String byline,
                             LocalTime publishedTime) {

    /** The moment of publication, when both the date and the time are known. */
    public Instant publishedAt() {
        return publishedOn == null || publishedTime == null ? null
                : publishedOn.atTime(publishedTime).toInstant(ZoneOffset.UTC);
    }

    static LocalTime timeOf(Instant publishedAt) {
        return publishedAt == null ? null : LocalTime.ofInstant(publishedAt, ZoneOffset.UTC).withNano(0);
    }
}
