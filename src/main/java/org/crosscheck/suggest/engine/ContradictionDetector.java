package org.crosscheck.suggest.engine;

import java.util.List;

/**
 * Finds one kind of disagreement across a project's articles, from what the article detectors found
 * in them (speakers already named alike across the project) and each article's digest. A project's
 * run hands the articles without their texts ({@link EngineArticle#withoutText()}): what a detector
 * needs of a text belongs in {@link ArticleDigest}, made once when the article is analysed.
 */
interface ContradictionDetector {

    List<FoundContradiction> find(List<EngineArticle> articles, List<ArticleFindings> findings);
}
