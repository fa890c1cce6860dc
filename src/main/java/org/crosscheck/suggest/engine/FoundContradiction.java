package org.crosscheck.suggest.engine;

import org.crosscheck.review.ContradictionCategory;

import java.util.List;

/** Spans of different articles that disagree, with the kind of disagreement and why the engine thinks so. */
public record FoundContradiction(ContradictionCategory category, List<SpanAt> spans, String explanation,
                                 double confidence) {
}
