package org.crosscheck.suggest.engine;

import java.util.List;

/**
 * What the engine found in one article, and (where the engine analysed it) the digest of its text
 * that the cross-article steps read instead of the text.
 */
public record ArticleFindings(long articleId, List<FoundQuote> quotes, List<FoundFigure> figures, ArticleDigest digest) {

    /** What a detector found; the engine adds the digest. */
    public ArticleFindings(long articleId, List<FoundQuote> quotes, List<FoundFigure> figures) {
        this(articleId, quotes, figures, null);
    }
}
