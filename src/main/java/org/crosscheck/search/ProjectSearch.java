package org.crosscheck.search;

import org.crosscheck.annotation.AnnotationDetails;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.article.ArticleMatches;
import org.crosscheck.article.ArticleService;
import org.crosscheck.base.SearchQuery;
import org.crosscheck.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Finds words in a project's articles and annotations. */
@Service
@Transactional(readOnly = true)
public class ProjectSearch {

    public static final int MAX_ARTICLES = 50;
    public static final int MAX_ANNOTATIONS = 100;
    private static final Logger log = LoggerFactory.getLogger(ProjectSearch.class);

    private final ProjectService projects;
    private final ArticleService articles;
    private final AnnotationService annotations;

    ProjectSearch(ProjectService projects, ArticleService articles, AnnotationService annotations) {
        this.projects = projects;
        this.articles = articles;
        this.annotations = annotations;
    }

    /**
     * The articles and annotations of the project that hold {@code words}. A project the caller may
     * not read is not found; words too short or too long are refused with a message.
     */
    public SearchResults search(long projectId, String words) {
        projects.get(projectId); // not found, for a caller who may not see the project
        SearchQuery query = new SearchQuery(words);
        long started = System.nanoTime();
        List<ArticleMatches> inArticles = articles.search(projectId, query, MAX_ARTICLES + 1);
        List<AnnotationDetails> inAnnotations = annotations.search(projectId, query, MAX_ANNOTATIONS + 1);
        log.debug("search in project {} for {} characters: {} articles, {} annotations in {} ms", projectId,
                query.text().length(), inArticles.size(), inAnnotations.size(), (System.nanoTime() - started) / 1_000_000);
        List<AnnotationDetails> shownAnnotations = inAnnotations.stream().limit(MAX_ANNOTATIONS).toList();
        return new SearchResults(query.text(), inArticles.stream().limit(MAX_ARTICLES).toList(),
                inArticles.size() > MAX_ARTICLES, shownAnnotations, inAnnotations.size() > MAX_ANNOTATIONS,
                articles.summaries(shownAnnotations.stream().map(AnnotationDetails::articleId).distinct().toList()));
    }
}
