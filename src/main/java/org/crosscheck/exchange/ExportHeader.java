package org.crosscheck.exchange;

import org.crosscheck.article.ArticleSummary;
import org.crosscheck.project.MemberSummary;
import org.crosscheck.project.ProjectSummary;
import org.crosscheck.review.ContradictionRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a writer knows before the first article: the project, its members, the exported articles
 * (without text, in export order), the exported contradictions, and the instance's address that
 * identifiers are made from.
 */
public record ExportHeader(ProjectSummary project, List<MemberSummary> members, Map<Long, ArticleSummary> articles,
                    List<ContradictionRecord> contradictions, String baseUrl, ExportFilter filter, Instant exportedAt,
                    String exportedBy) {

    public String articleUri(long articleId) {
        return baseUrl + "/api/v1/articles/" + articleId;
    }

    public String annotationUri(long annotationId) {
        return baseUrl + "/api/v1/annotations/" + annotationId;
    }

    public String contradictionUri(long contradictionId) {
        return baseUrl + "/api/v1/contradictions/" + contradictionId;
    }

    public String commentUri(long commentId) {
        return baseUrl + "/api/v1/comments/" + commentId;
    }

    public ArticleSummary article(long articleId) {
        return articles.get(articleId);
    }
}
