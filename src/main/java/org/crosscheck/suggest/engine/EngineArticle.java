package org.crosscheck.suggest.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One article as the engine reads it: its id, the outlet's name (for explanations), its text, and
 * when it was published, as a window: {@code [publishedFrom, publishedTo]} is one moment where the
 * time is known, the whole day where only the date is, and both null where nothing is known.
 */
public record EngineArticle(long id, String outlet, String text, Instant publishedFrom, Instant publishedTo) {

    public EngineArticle(long id, String outlet, String text) {
        this(id, outlet, text, null, null);
    }

    /** The article published at {@code at} if known, else on {@code on} if known. */
    public static EngineArticle of(long id, String outlet, String text, Instant at, LocalDate on) {
        if (at != null) {
            return new EngineArticle(id, outlet, text, at, at);
        }
        if (on != null) {
            Instant start = on.atStartOfDay().toInstant(ZoneOffset.UTC);
            return new EngineArticle(id, outlet, text, start, start.plus(Duration.ofDays(1)));
        }
        return new EngineArticle(id, outlet, text);
    }

    /** Whether this article was certainly published before {@code other} (false where either is undated). */
    boolean publishedBefore(EngineArticle other) {
        if (publishedFrom == null || other.publishedFrom == null) {
            return false;
        }
        boolean moments = publishedFrom.equals(publishedTo) && other.publishedFrom.equals(other.publishedTo);
        return moments ? publishedTo.isBefore(other.publishedFrom) : !publishedTo.isAfter(other.publishedFrom);
    }
}
