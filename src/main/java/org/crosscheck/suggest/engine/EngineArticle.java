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
            // The outlet's own day: in some zone between UTC-12 and UTC+14.
            Instant start = on.atStartOfDay().toInstant(ZoneOffset.UTC);
            return new EngineArticle(id, outlet, text, start.minus(EARLIEST_ZONE), start.plus(Duration.ofDays(1)).plus(LATEST_ZONE));
        }
        return new EngineArticle(id, outlet, text);
    }

    /** The same article without its text: what the cross-article steps need, once it is analysed. */
    public EngineArticle withoutText() {
        return new EngineArticle(id, outlet, "", publishedFrom, publishedTo);
    }

    static final Duration EARLIEST_ZONE = Duration.ofHours(14);
    static final Duration LATEST_ZONE = Duration.ofHours(12);
    /** Reports this close are of the same moment: one outlet's count is not an update of the other's. */
    static final Duration SAME_TIME = Duration.ofHours(3);

    /** Whether this article was certainly published before {@code other} (false where either is undated). */
    public boolean publishedBefore(EngineArticle other) {
        if (publishedFrom == null || other.publishedFrom == null) {
            return false;
        }
        return !publishedTo.plus(SAME_TIME).isAfter(other.publishedFrom);
    }
}
