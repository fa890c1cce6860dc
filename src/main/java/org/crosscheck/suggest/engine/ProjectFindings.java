package org.crosscheck.suggest.engine;

import java.util.List;

/**
 * What the engine found in a project: each article's quotes (speakers named alike) and figures, the
 * contradictions across them, and the articles that are copies of others.
 */
public record ProjectFindings(List<ArticleFindings> articles, List<FoundContradiction> contradictions,
                              List<NearDuplicate> nearDuplicates) {
}
