package org.crosscheck.suggest.engine;

import java.util.List;

/** What the engine found in a project: each article's quotes (speakers named alike) and figures, and the contradictions across them. */
public record ProjectFindings(List<ArticleFindings> articles, List<FoundContradiction> contradictions) {
}
