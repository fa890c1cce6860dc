package org.crosscheck.search;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.article.ArticleMatches;
import org.crosscheck.article.ArticleSummary;

import java.util.List;
import java.util.Map;

/**
 * What a search found in a project: articles with the places in their text (at most
 * {@link ProjectSearch#MAX_ARTICLES}; {@code moreArticles} when there were more), and annotations
 * (at most {@link ProjectSearch#MAX_ANNOTATIONS}) with the articles they are in.
 */
public record SearchResults(String query, List<ArticleMatches> articles, boolean moreArticles,
                            List<AnnotationDetails> annotations, boolean moreAnnotations,
                            Map<Long, ArticleSummary> annotatedArticles) {

    public int textMatchCount() {
        return articles.stream().mapToInt(ArticleMatches::count).sum();
    }

    public boolean isEmpty() {
        return articles.isEmpty() && annotations.isEmpty();
    }
}
