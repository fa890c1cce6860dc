package org.crosscheck.review;

import org.crosscheck.article.ArticleMarks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The contradictions with a side on articles, as the article feature counts them and deletes their spans. */
@Component
@Transactional(readOnly = true)
class ContradictionsOnArticles implements ArticleMarks {

    private final ContradictionSpanRepository spans;

    ContradictionsOnArticles(ContradictionSpanRepository spans) {
        this.spans = spans;
    }

    @Override
    public Counted counted() {
        return Counted.CONTRADICTIONS;
    }

    @Override
    public Map<Long, Long> countsOn(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        spans.contradictionCountsOn(articleIds).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public Map<Part, List<Long>> partsOf(long articleId) {
        return Map.of(Part.CONTRADICTION_SPAN, spans.idsOn(articleId));
    }
}
