package org.crosscheck.suggest.engine;

import java.util.List;

/**
 * Finds one kind of disagreement across a project's articles, from their texts and what the article
 * detectors found in them (speakers already named alike across the project).
 */
interface ContradictionDetector {

    List<FoundContradiction> find(List<EngineArticle> articles, List<ArticleFindings> findings);
}
