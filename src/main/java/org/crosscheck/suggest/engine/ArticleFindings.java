package org.crosscheck.suggest.engine;

import java.util.List;

/** What the engine found in one article. */
public record ArticleFindings(long articleId, List<FoundQuote> quotes, List<FoundFigure> figures) {
}
