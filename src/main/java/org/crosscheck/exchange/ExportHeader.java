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
 * identifiers are made from; the checkers' decisions when the format shows them.
 */
public record ExportHeader(ProjectSummary project, List<MemberSummary> members, Map<Long, ArticleSummary> articles,
                    List<ContradictionRecord> contradictions, String baseUrl, ExportFilter filter, Instant exportedAt,
                    String exportedBy, List<org.crosscheck.annotation.KindDescription> kinds,
                    org.crosscheck.approval.ApprovalService.ProjectChecks checks, boolean independent) {

    public ExportHeader(ProjectSummary project, List<MemberSummary> members, Map<Long, ArticleSummary> articles,
                        List<ContradictionRecord> contradictions, String baseUrl, ExportFilter filter, Instant exportedAt,
                        String exportedBy, List<org.crosscheck.annotation.KindDescription> kinds,
                        org.crosscheck.approval.ApprovalService.ProjectChecks checks) {
        this(project, members, articles, contradictions, baseUrl, filter, exportedAt, exportedBy, kinds, checks, false);
    }

    public ExportHeader(ProjectSummary project, List<MemberSummary> members, Map<Long, ArticleSummary> articles,
                        List<ContradictionRecord> contradictions, String baseUrl, ExportFilter filter, Instant exportedAt,
                        String exportedBy, List<org.crosscheck.annotation.KindDescription> kinds) {
        this(project, members, articles, contradictions, baseUrl, filter, exportedAt, exportedBy, kinds,
                org.crosscheck.approval.ApprovalService.ProjectChecks.NONE);
    }

    /** The fields a CSV gives a column each: those the built-in kinds add to their own, then every project kind's. */
    public List<KindColumn> kindColumns() {
        List<KindColumn> out = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(org.crosscheck.annotation.KindDescription.BUILT_IN.stream(), kinds.stream())
                .forEach(k -> k.addedFields().forEach(f -> out.add(new KindColumn(k, f))));
        return out;
    }

    /** One column of a CSV for one field of one kind: "Claim: Verdict". */
    public record KindColumn(org.crosscheck.annotation.KindDescription kind, org.crosscheck.annotation.KindField field) {
        public String name() {
            return kind.name() + ": " + field.label();
        }
    }

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
