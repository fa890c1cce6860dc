package org.crosscheck.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a feature above this one keeps on articles, as far as the article feature must know of it:
 * how much of it is on each article (the article list's counts) and what of it goes with an
 * article when the article is deleted (the event that says so). The features that mark articles
 * implement it (annotations with their comments, contradictions); the article feature asks every
 * implementation and names none, so no query of this feature reads another's tables.
 */
public interface ArticleMarks {

    /** Which count of the article list this answers. */
    Counted counted();

    /** How many marks of this kind are on each of these articles (an article without any is left out). */
    Map<Long, Long> countsOn(Collection<Long> articleIds);

    /** The ids of what goes with the article when it is deleted, by what they are. */
    Map<Part, List<Long>> partsOf(long articleId);

    enum Counted {
        ANNOTATIONS, CONTRADICTIONS
    }

    /** What goes with a deleted article, as its event lists it. */
    enum Part {
        ANNOTATION, COMMENT, CONTRADICTION_SPAN
    }
}
