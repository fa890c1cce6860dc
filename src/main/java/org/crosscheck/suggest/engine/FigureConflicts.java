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
 * as a rise ("the toll rose to 164") does not conflict with lower ones.
 */
final class FigureConflicts implements ContradictionDetector {

    record Figure(long articleId, String outlet, FoundFigure figure) {
    }

    @Override
    public List<FoundContradiction> find(List<EngineArticle> articles, List<ArticleFindings> findings) {
        Map<Long, String> outlets = new HashMap<>();
        articles.forEach(a -> outlets.put(a.id(), a.outlet()));
        Map<String, List<Figure>> byTopic = new LinkedHashMap<>();
        for (ArticleFindings f : findings) {
            for (FoundFigure figure : f.figures()) {
                if (figure.topic() != null) {
                    byTopic.computeIfAbsent(figure.topic(), k -> new ArrayList<>())
                            .add(new Figure(f.articleId(), outlets.get(f.articleId()), figure));
                }
            }
        }
        List<FoundContradiction> out = new ArrayList<>();
        byTopic.forEach((topic, figures) -> {
            Set<Figure> conflicting = new LinkedHashSet<>();
            for (int i = 0; i < figures.size(); i++) {
                for (int j = i + 1; j < figures.size(); j++) {
                    Figure a = figures.get(i);
                    Figure b = figures.get(j);
                    if (a.articleId() == b.articleId()) {
                        continue;
                    }
                    if (conflict(a.figure(), b.figure())) {
                        conflicting.add(a);
                        conflicting.add(b);
                    }
                }
            }
            proposal(topic, conflicting, 0.7).ifPresent(out::add);
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
