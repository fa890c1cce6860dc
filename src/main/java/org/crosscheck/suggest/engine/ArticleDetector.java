package org.crosscheck.suggest.engine;

/**
 * Finds one kind of thing in one article: its quotes with their speakers, its figures. What each
 * returns is merged into the article's findings; detectors do not see each other's.
 */
interface ArticleDetector {

    ArticleFindings find(EngineArticle article, Paragraphs paragraphs);
}
