package org.crosscheck.suggest.engine;

import org.crosscheck.annotation.FigureQualifier;
import org.crosscheck.review.ContradictionCategory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figures of different articles about the same thing (the same topic: "deaths", "injured (police)")
 * that cannot all be true: their ranges do not meet ("almost 1,000" and "more than 1,000"), or they
 * hedge one value in opposite directions ("at least 40" and "up to 40"). A figure its sentence reports
 * as a rise ("the toll rose to 164") does not conflict with lower ones. Figures of articles certainly
 * published at different times are proposed apart, as a count that changed over time.
 */
final class FigureConflicts implements ContradictionDetector {

    record Figure(long articleId, String outlet, FoundFigure figure) {
    }

    @Override
    public List<FoundContradiction> find(List<EngineArticle> articles, List<ArticleFindings> findings) {
        Map<Long, EngineArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, List<Figure>> byTopic = new LinkedHashMap<>();
        for (ArticleFindings f : findings) {
            for (FoundFigure figure : f.figures()) {
                if (figure.topic() != null && byId.containsKey(f.articleId())) {
                    byTopic.computeIfAbsent(figure.topic(), k -> new ArrayList<>())
                            .add(new Figure(f.articleId(), byId.get(f.articleId()).outlet(), figure));
                }
            }
        }
        List<FoundContradiction> out = new ArrayList<>();
        byTopic.forEach((topic, figures) -> {
            // Figures that disagree while their articles may have been published at the same time
            // cannot all be right; those of articles certainly published apart may only show the
            // count changing (a toll rising through the day, a first figure revised down).
            Set<Figure> conflicting = new LinkedHashSet<>();
            Set<Figure> changed = new LinkedHashSet<>();
            for (int i = 0; i < figures.size(); i++) {
                for (int j = i + 1; j < figures.size(); j++) {
                    Figure a = figures.get(i);
                    Figure b = figures.get(j);
                    if (a.articleId() == b.articleId()) {
                        continue;
                    }
                    EngineArticle x = byId.get(a.articleId());
                    EngineArticle y = byId.get(b.articleId());
                    boolean apart = x.publishedBefore(y) || y.publishedBefore(x);
                    // Figures that could both hold ("at least 38", later "61") are not proposed even apart:
                    // measured, proposing every moved count found no labelled contradiction more and
                    // added false alarms (0.40 → 0.45 per article on the written test half).
                    if (conflict(a.figure(), b.figure())) {
                        Set<Figure> into = apart ? changed : conflicting;
                        into.add(a);
                        into.add(b);
                    }
                }
            }
            proposal(topic, conflicting, 0.7).ifPresent(out::add);
            changedOverTime(topic, changed, byId).ifPresent(out::add);
        });
        return out;
    }

    private static java.util.Optional<FoundContradiction> proposal(String topic, Set<Figure> involved, double confidence) {
        if (involved.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Figure> sorted = involved.stream()
                .sorted(java.util.Comparator.comparingLong(Figure::articleId)
                        .thenComparingInt(f -> f.figure().start())).toList();
        List<String> claims = sorted.stream()
                .map(f -> f.outlet() + ": " + f.figure().claim() + " " + f.figure().counted()).toList();
        return java.util.Optional.of(new FoundContradiction(ContradictionCategory.FIGURE_MISMATCH,
                sorted.stream().map(f -> new SpanAt(f.articleId(), f.figure().start(), f.figure().end(),
                        f.figure().exact())).toList(),
                capitalised(topic) + ": " + String.join("; ", claims), confidence));
    }

    /** The figures of a count that changed over time, in the order of publication, each with its article's time. */
    private static java.util.Optional<FoundContradiction> changedOverTime(String topic, Set<Figure> involved,
                                                                          Map<Long, EngineArticle> byId) {
        if (involved.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Figure> sorted = involved.stream()
                .sorted(java.util.Comparator.comparing((Figure f) -> middle(byId.get(f.articleId())))
                        .thenComparingLong(Figure::articleId).thenComparingInt(f -> f.figure().start())).toList();
        List<String> claims = sorted.stream().map(f -> f.outlet() + " (" + when(byId.get(f.articleId())) + "): "
                + f.figure().claim() + " " + f.figure().counted()).toList();
        return java.util.Optional.of(new FoundContradiction(ContradictionCategory.FIGURE_MISMATCH,
                sorted.stream().map(f -> new SpanAt(f.articleId(), f.figure().start(), f.figure().end(),
                        f.figure().exact())).toList(),
                CHANGED_OVER_TIME + capitalised(topic) + ": " + String.join("; ", claims)
                        + ". Published apart: the later report need not be wrong.", 0.6));
    }

    /** How an explanation of a count that changed over time begins. */
    static final String CHANGED_OVER_TIME = "Changed over time — ";

    private static final java.time.format.DateTimeFormatter MOMENT = java.time.format.DateTimeFormatter
            .ofPattern("d MMM HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMM", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    private static String when(EngineArticle a) {
        return a.publishedFrom().equals(a.publishedTo()) ? MOMENT.format(a.publishedFrom())
                : DAY.format(a.publishedFrom().plus(EngineArticle.EARLIEST_ZONE));
    }

    /** The middle of the time an article may have been published in: its moment, or its day's noon. */
    private static java.time.Instant middle(EngineArticle a) {
        return a.publishedFrom().plus(java.time.Duration.between(a.publishedFrom(), a.publishedTo()).dividedBy(2));
    }

    static boolean conflict(FoundFigure a, FoundFigure b) {
        if (!java.util.Objects.equals(a.unit(), b.unit())) {
            return false;
        }
        if ((a.update() && a.low() > b.high()) || (b.update() && b.low() > a.high())) {
            return false;
        }
        boolean disjoint = a.high() < b.low() || b.high() < a.low();
        boolean sameValue = a.valueMax() == null && b.valueMax() == null && a.value().compareTo(b.value()) == 0;
        return disjoint || (sameValue && opposite(a.qualifier(), b.qualifier()));
    }

    private static boolean opposite(FigureQualifier a, FigureQualifier b) {
        return (upward(a) && downward(b)) || (downward(a) && upward(b));
    }

    private static boolean upward(FigureQualifier q) {
        return q == FigureQualifier.MORE_THAN || q == FigureQualifier.AT_LEAST;
    }

    private static boolean downward(FigureQualifier q) {
        return q == FigureQualifier.ALMOST || q == FigureQualifier.AT_MOST;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
