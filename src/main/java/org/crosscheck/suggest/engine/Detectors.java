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
    // FactualConflicts (a statement one article makes and another denies) is not registered: on the
    // development data it was right 1 time in 6 at its best threshold, below the 2 in 3 a proposal
    // must reach (docs/performance.md, "Suggestion quality"). The evaluation runs it with -Dcrosscheck.eval.factualThreshold.

    private Detectors() {
    }
}
