package org.crosscheck.annotation;

import org.crosscheck.article.ArticleMarks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The annotations (with their comments) on articles, as the article feature counts and deletes them. */
@Component
@Transactional(readOnly = true)
class AnnotationsOnArticles implements ArticleMarks {

    private final AnnotationRepository annotations;
    private final CommentRepository comments;

    AnnotationsOnArticles(AnnotationRepository annotations, CommentRepository comments) {
        this.annotations = annotations;
        this.comments = comments;
    }

    @Override
    public Counted counted() {
        return Counted.ANNOTATIONS;
    }

    @Override
    public Map<Long, Long> countsOn(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        annotations.countsOn(articleIds).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public Map<Part, List<Long>> partsOf(long articleId) {
        return Map.of(Part.ANNOTATION, annotations.idsOn(articleId), Part.COMMENT, comments.idsOnArticle(articleId));
    }
}
