package org.crosscheck.suggest;

import org.crosscheck.article.ArticleSummary;
import org.crosscheck.suggest.engine.EngineArticle;
import org.crosscheck.suggest.engine.FoundFigure;
import org.crosscheck.suggest.engine.SuggestionEngine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each thing counted, the values every outlet reported, placed at the time each article was
 * published: one series per outlet. A value that another outlet contradicts at the same time is a
 * conflict; one that differs only from what was reported earlier is an update (the count changed
 * over time, or was corrected). Articles without a date cannot be placed and are listed apart.
 */
public record ClaimsTimeline(long projectId, List<Topic> topics) {

    /** How a value stands beside the others reported on the same thing. */
    public enum Standing { AGREES, UPDATE, CONFLICT }

    /**
     * A value as one article reported it. {@code at} is the publication moment, or noon UTC of the
     * publication day when only the day is known ({@code timeKnown} false); null when the article has no date.
     */
    public record Point(long articleId, String title, String outlet, Instant at, boolean timeKnown, BigDecimal value,
                        BigDecimal valueMax, String exact, String claim, int start, int end, boolean marked,
                        Standing standing, String why) {
    }

    /** One outlet's values on one thing counted, in the order of publication. */
    public record Series(String outlet, List<Point> points) {
    }

    /** A thing counted: the placed series, and the values of undated articles. */
    public record Topic(String topic, List<Series> series, List<Point> unplaced) {

        public boolean conflicting() {
            return all().stream().anyMatch(p -> p.standing() == Standing.CONFLICT);
        }

        public boolean updated() {
            return all().stream().anyMatch(p -> p.standing() == Standing.UPDATE);
        }

        public List<Point> all() {
            List<Point> all = new ArrayList<>();
            series.forEach(s -> all.addAll(s.points()));
            all.addAll(unplaced);
            return all;
        }
    }

    /** A figure of an article, as the claims matrix collects them. */
    record Reported(FoundFigure figure, ArticleSummary article, boolean marked) {

        String outlet() {
            return article.outlet() == null || article.outlet().isBlank() ? article.title() : article.outlet();
        }

        /** When the article may have been published, as the engine reads it (the same rules decide "earlier"). */
        EngineArticle window() {
            return EngineArticle.of(article.id(), outlet(), "", article.publishedAt(), article.publishedOn());
        }

        /** Where the chart places it: the moment, or noon UTC of its day. */
        Instant at() {
            return article.publishedAt() != null ? article.publishedAt()
                    : article.publishedOn() == null ? null : article.publishedOn().atTime(12, 0).toInstant(ZoneOffset.UTC);
        }
    }

    static ClaimsTimeline of(long projectId, List<Reported> reported) {
        Map<String, List<Reported>> byTopic = new TreeMap<>();
        reported.forEach(r -> byTopic.computeIfAbsent(r.figure().topic(), k -> new ArrayList<>()).add(r));
        List<Topic> topics = new ArrayList<>();
        byTopic.forEach((topic, list) -> topics.add(topic(topic, list)));
        // The things most outlets reported first: where a timeline says the most.
        topics.sort(Comparator.comparingLong((Topic t) -> -t.all().stream().map(Point::articleId).distinct().count())
                .thenComparing(Topic::topic));
        return new ClaimsTimeline(projectId, List.copyOf(topics));
    }

    private static Topic topic(String topic, List<Reported> list) {
        Map<String, List<Point>> byOutlet = new LinkedHashMap<>();
        List<Point> unplaced = new ArrayList<>();
        list.sort(Comparator.comparing(Reported::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(r -> r.article().id()).thenComparingInt(r -> r.figure().start()));
        for (Reported r : list) {
            Point p = point(r, list);
            if (p.at() == null) {
                unplaced.add(p);
            } else {
                byOutlet.computeIfAbsent(r.outlet(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Series> series = byOutlet.entrySet().stream().map(e -> new Series(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new Topic(topic, series, List.copyOf(unplaced));
    }

    private static Point point(Reported r, List<Reported> all) {
        Standing standing = Standing.AGREES;
        String why = null;
        for (Reported other : all) {
            if (other.article().id() == r.article().id() || !SuggestionEngine.conflict(r.figure(), other.figure())) {
                continue;
            }
            if (sameTime(r, other)) {
                standing = Standing.CONFLICT;
                why = other.outlet() + " gives " + other.figure().exact() + " at the same time";
                break;
            }
            if (earlier(other, r) && standing == Standing.AGREES) {
                standing = Standing.UPDATE;
                why = "differs from " + other.figure().exact() + " (" + other.outlet() + ", earlier)";
            }
        }
        if (standing == Standing.AGREES && r.figure().update()) {
            standing = Standing.UPDATE;
            why = "the article says the figure changed";
        }
        FoundFigure f = r.figure();
        Instant at = r.at();
        return new Point(r.article().id(), r.article().title(), r.outlet(), at, r.article().publishedAt() != null,
                f.value(), f.valueMax(), f.exact(), f.claim(), f.start(), f.end(), r.marked(), standing, why);
    }

    /** Whether two articles may have been published at the same time: undated ones may have been, always. */
    private static boolean sameTime(Reported a, Reported b) {
        return !earlier(a, b) && !earlier(b, a);
    }

    /** Whether {@code a} was certainly published before {@code b}: more than three hours before, in any zone. */
    private static boolean earlier(Reported a, Reported b) {
        return a.window().publishedBefore(b.window());
    }
}
