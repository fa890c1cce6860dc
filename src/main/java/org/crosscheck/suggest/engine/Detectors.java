package org.crosscheck.suggest.engine;

import java.util.List;

/**
 * The detectors the engine runs, in this order. A new kind of suggestion is one class behind
 * {@link ArticleDetector} or {@link ContradictionDetector}, its test, and its line here; the engine
 * runs them without naming them.
 */
final class Detectors {

    static final List<ArticleDetector> IN_ARTICLES = List.of(
            new QuoteFinder(),        // quotes and who said each
            new FigureFinder());      // figures: qualifier, value, unit, what they count

    static final List<ContradictionDetector> ACROSS_ARTICLES = List.of(
            new QuoteAlignment(),     // quote wording drift, misattribution
            new FigureConflicts(),    // figure mismatches
            new NameSpellings());     // one person's name spelled differently

    private Detectors() {
    }
}
