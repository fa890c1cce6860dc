package org.crosscheck.article;

import java.util.List;

/**
 * Where a search's words occur in one article: the first few places in its text, and how many
 * there are in all. {@code inTitle} when the title holds them too (an article may match by its
 * title alone).
 */
public record ArticleMatches(ArticleSummary article, boolean inTitle, int count, List<TextMatch> matches) {

    /** One place in the text: UTF-16 offsets as stored, with a little of the text on either side. */
    public record TextMatch(int start, int end, String before, String match, String after) {
    }
}
